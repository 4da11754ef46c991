package turgus.application.account;

import java.time.Duration;
import java.util.Objects;
import turgus.domain.account.PhoneFormat;
import turgus.domain.account.lockout.LockoutPolicy;
import turgus.domain.account.password.PasswordSettings;
import turgus.domain.account.registration.PendingRegistration;

/**
 * What the shop's configuration says about accounts, in one place for the web adapter to bind.
 *
 * @param phoneFormat how phone numbers are normalised and what they must match (by default {@code
 *     +7} and 10 digits, also dialled as {@code 8…} or {@code 7…})
 * @param password what a password must be
 * @param lockout how failed logins in a row lock
 * @param confirmationCodeValidity how long an emailed registration code may be typed
 * @param passwordResetValidity how long a password-reset link works
 * @param maxSessionsPerAccount how many sessions an account may have at once; one more signs the
 *     oldest out
 * @param refreshTokenValidity how long a session may go unused before its refresh token stops
 *     working
 */
public record AccountSettings(
        PhoneFormat phoneFormat,
        PasswordSettings password,
        LockoutPolicy lockout,
        Duration confirmationCodeValidity,
        Duration passwordResetValidity,
        int maxSessionsPerAccount,
        Duration refreshTokenValidity) {
    public static final int DEFAULT_MAX_SESSIONS = 3;
    public static final Duration DEFAULT_RESET_VALIDITY = Duration.ofMinutes(15);
    public static final Duration DEFAULT_REFRESH_TOKEN_VALIDITY = Duration.ofDays(30);

    public static final AccountSettings DEFAULTS = new AccountSettings(
            PhoneFormat.DEFAULT,
            PasswordSettings.DEFAULTS,
            LockoutPolicy.DEFAULT,
            PendingRegistration.DEFAULT_VALIDITY,
            DEFAULT_RESET_VALIDITY,
            DEFAULT_MAX_SESSIONS,
            DEFAULT_REFRESH_TOKEN_VALIDITY);

    public AccountSettings {
        Objects.requireNonNull(phoneFormat, "phoneFormat");
        Objects.requireNonNull(password, "password");
        Objects.requireNonNull(lockout, "lockout");
        requirePositive(confirmationCodeValidity, "confirmationCodeValidity");
        requirePositive(passwordResetValidity, "passwordResetValidity");
        requirePositive(refreshTokenValidity, "refreshTokenValidity");
        if (maxSessionsPerAccount < 1) {
            throw new IllegalArgumentException("An account may have at least one session: " + maxSessionsPerAccount);
        }
    }

    /** The settings with a phone pattern given as text, as configuration holds it. */
    public AccountSettings withPhonePattern(String regex) {
        return new AccountSettings(
                PhoneFormat.of(regex),
                password,
                lockout,
                confirmationCodeValidity,
                passwordResetValidity,
                maxSessionsPerAccount,
                refreshTokenValidity);
    }

    public AccountSettings withPassword(PasswordSettings newPassword) {
        return new AccountSettings(
                phoneFormat,
                newPassword,
                lockout,
                confirmationCodeValidity,
                passwordResetValidity,
                maxSessionsPerAccount,
                refreshTokenValidity);
    }

    public AccountSettings withLockout(LockoutPolicy newLockout) {
        return new AccountSettings(
                phoneFormat,
                password,
                newLockout,
                confirmationCodeValidity,
                passwordResetValidity,
                maxSessionsPerAccount,
                refreshTokenValidity);
    }

    public AccountSettings withValidities(Duration code, Duration reset, Duration refresh) {
        return new AccountSettings(phoneFormat, password, lockout, code, reset, maxSessionsPerAccount, refresh);
    }

    public AccountSettings withMaxSessionsPerAccount(int max) {
        return new AccountSettings(
                phoneFormat,
                password,
                lockout,
                confirmationCodeValidity,
                passwordResetValidity,
                max,
                refreshTokenValidity);
    }

    private static void requirePositive(Duration duration, String name) {
        Objects.requireNonNull(duration, name);
        if (duration.isNegative() || duration.isZero()) {
            throw new IllegalArgumentException(name + " is longer than zero: " + duration);
        }
    }
}
