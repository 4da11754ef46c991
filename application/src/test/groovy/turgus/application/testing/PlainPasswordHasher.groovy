package turgus.application.testing

import turgus.application.account.port.out.PasswordHasher

/** A readable stand-in for bcrypt: 'hashed:' + the password. Counts the comparable work spent. */
class PlainPasswordHasher implements PasswordHasher {
    int dummyChecks

    @Override
    String hash(String password) {
        "hashed:$password"
    }

    @Override
    boolean matches(String password, String hash) {
        hash == "hashed:$password"
    }

    @Override
    void spendComparableTime(String password) {
        dummyChecks++
    }
}
