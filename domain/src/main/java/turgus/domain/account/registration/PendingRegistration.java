package turgus.domain.account.registration;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.function.Predicate;
import turgus.domain.account.Email;
import turgus.domain.account.FullName;
import turgus.domain.account.PhoneNumber;

/**
 * A registration waiting for the code emailed to its address. The account exists only once the
 * right code is typed before {@code expiresAt}; the {@value #MAX_WRONG_CODES}th wrong code voids
 * the registration for good. Both the password and the code are held only as hashes, which the
 * domain never computes: the caller tells whether the typed code matches the stored hash.
 *
 * @param wrongAttempts wrong codes typed so far, 0 to {@value #MAX_WRONG_CODES}; at {@value
 *     #MAX_WRONG_CODES} the registration is void
 */
public record PendingRegistration(
        Email email,
        PhoneNumber phone,
        FullName fullName,
        String passwordHash,
        String codeHash,
        Instant createdAt,
        Instant expiresAt,
        int wrongAttempts) {
    public static final int MAX_WRONG_CODES = 5;
    public static final Duration DEFAULT_VALIDITY = Duration.ofMinutes(15);

    public PendingRegistration {
        Objects.requireNonNull(email, "email");
        Objects.requireNonNull(phone, "phone");
        Objects.requireNonNull(fullName, "fullName");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(expiresAt, "expiresAt");
        requireText(passwordHash, "passwordHash");
        requireText(codeHash, "codeHash");
        if (!expiresAt.isAfter(createdAt)) {
            throw new IllegalArgumentException("A registration expires after it was made: " + expiresAt);
        }
        if (wrongAttempts < 0 || wrongAttempts > MAX_WRONG_CODES) {
            throw new IllegalArgumentException("Wrong codes are 0 to " + MAX_WRONG_CODES + ", not " + wrongAttempts);
        }
    }

    /** A registration made at {@code now}, to be confirmed within {@code validity}. */
    public static PendingRegistration start(
            Email email,
            PhoneNumber phone,
            FullName fullName,
            String passwordHash,
            String codeHash,
            Instant now,
            Duration validity) {
        Objects.requireNonNull(now, "now");
        Objects.requireNonNull(validity, "validity");
        if (validity.isNegative() || validity.isZero()) {
            throw new IllegalArgumentException("A registration is valid for some time: " + validity);
        }
        return new PendingRegistration(email, phone, fullName, passwordHash, codeHash, now, now.plus(validity), 0);
    }

    /**
     * Someone typed a code at {@code now}; {@code codeMatches} answers whether it matches a given
     * code hash. It is asked only while the registration can still be confirmed, so no hashing work
     * is spent on a void one.
     *
     * <ul>
     *   <li>void by wrong codes: {@link ConfirmationOutcome#VOIDED}, whatever the code;
     *   <li>at or after {@code expiresAt}: {@link ConfirmationOutcome#EXPIRED}, whatever the code;
     *   <li>the right code: {@link ConfirmationOutcome#ACCEPTED};
     *   <li>a wrong code: counted, and {@link ConfirmationOutcome#WRONG_CODE} or, for the
     *       {@value #MAX_WRONG_CODES}th, {@link ConfirmationOutcome#VOIDED}.
     * </ul>
     */
    public ConfirmationResult confirm(Predicate<String> codeMatches, Instant now) {
        Objects.requireNonNull(codeMatches, "codeMatches");
        Objects.requireNonNull(now, "now");
        if (isVoided()) {
            return new ConfirmationResult(ConfirmationOutcome.VOIDED, this);
        }
        if (isExpiredAt(now)) {
            return new ConfirmationResult(ConfirmationOutcome.EXPIRED, this);
        }
        if (codeMatches.test(codeHash)) {
            return new ConfirmationResult(ConfirmationOutcome.ACCEPTED, this);
        }
        PendingRegistration counted = withWrongAttempts(wrongAttempts + 1);
        return new ConfirmationResult(
                counted.isVoided() ? ConfirmationOutcome.VOIDED : ConfirmationOutcome.WRONG_CODE, counted);
    }

    /** The same, for a caller that has already compared the typed code with {@link #codeHash()}. */
    public ConfirmationResult confirm(boolean codeMatches, Instant now) {
        return confirm(hash -> codeMatches, now);
    }

    /** Whether the time to confirm has run out at {@code now}; it runs out exactly at expiresAt. */
    public boolean isExpiredAt(Instant now) {
        return !now.isBefore(expiresAt);
    }

    /** Whether too many wrong codes were typed for this registration ever to be confirmed. */
    public boolean isVoided() {
        return wrongAttempts >= MAX_WRONG_CODES;
    }

    /** How many more wrong codes may be typed before the registration is void. */
    public int attemptsLeft() {
        return MAX_WRONG_CODES - wrongAttempts;
    }

    /** Without the hashes, which never belong in a log. */
    @Override
    public String toString() {
        return "PendingRegistration[email=" + email + ", phone=" + phone + ", createdAt=" + createdAt + ", expiresAt="
                + expiresAt + ", wrongAttempts=" + wrongAttempts + "]";
    }

    private PendingRegistration withWrongAttempts(int attempts) {
        return new PendingRegistration(email, phone, fullName, passwordHash, codeHash, createdAt, expiresAt, attempts);
    }

    private static void requireText(String value, String name) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("A pending registration holds a " + name);
        }
    }
}
