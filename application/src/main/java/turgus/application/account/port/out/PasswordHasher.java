package turgus.application.account.port.out;

/** One-way password hashing (bcrypt in production). */
public interface PasswordHasher {
    String hash(String password);

    boolean matches(String password, String hash);

    /**
     * Spends the same work as {@link #matches} without a real hash, so that a login for an unknown
     * name takes as long as one with a wrong password.
     */
    void spendComparableTime(String password);
}
