package turgus.application.testing

import turgus.application.account.port.out.PasswordHasher

/** A readable stand-in for bcrypt: 'hashed:' + the password. Counts the work spent. */
class PlainPasswordHasher implements PasswordHasher {
    int hashes
    int checks
    int dummyChecks

    @Override
    String hash(String password) {
        hashes++
        "hashed:$password"
    }

    @Override
    boolean matches(String password, String hash) {
        checks++
        hash == "hashed:$password"
    }

    @Override
    void spendComparableTime(String password) {
        dummyChecks++
    }

    /** Every piece of password work, real or dummy. */
    int work() {
        hashes + checks + dummyChecks
    }
}
