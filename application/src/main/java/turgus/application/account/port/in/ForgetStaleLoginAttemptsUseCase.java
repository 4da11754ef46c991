package turgus.application.account.port.in;

import java.time.Duration;

/** Forgets old failed logins at names that match no account; a scheduler calls it. */
public interface ForgetStaleLoginAttemptsUseCase {
    /**
     * Forgets the names whose last failure is older than {@code age} and that are not locked now.
     *
     * @return how many names were forgotten
     */
    int forgetStaleLoginAttempts(Duration age);
}
