package turgus.application.account.port.out;

import turgus.application.shared.ServerBusyException;

/**
 * One-way password hashing (bcrypt in production). Each method is a deliberately costly piece of
 * work; the implementation may take on only so many at once and refuse the rest with {@link
 * ServerBusyException} before any of it was done, so a caller hashes before it writes anything.
 */
public interface PasswordHasher {
    /** @throws ServerBusyException when too many password checks are waiting already */
    String hash(String password);

    /** @throws ServerBusyException when too many password checks are waiting already */
    boolean matches(String password, String hash);

    /**
     * Spends the same work as {@link #matches} without a real hash, so that a login for an unknown
     * name takes as long as one with a wrong password. It waits and is refused like {@link #matches},
     * so that unknown names cannot get past the cap on concurrent checks.
     *
     * @throws ServerBusyException when too many password checks are waiting already
     */
    void spendComparableTime(String password);
}
