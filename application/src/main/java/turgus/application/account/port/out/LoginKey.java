package turgus.application.account.port.out;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import turgus.application.security.TokenHash;
import turgus.domain.account.PhoneFormat;
import turgus.domain.account.UserId;

/**
 * Whose failed logins count together: an account (its email and phone share one count, whatever
 * their letter case or formatting), or, for a name that matches no account, that name normalised the
 * same way. A name is kept only as its hash: people sometimes type their password into the name
 * field.
 *
 * @param value the stored key, {@code user:<id>} or {@code name:<sha-256 hex>}
 * @param userId the account counted, or null for an unknown name
 */
public record LoginKey(String value, UserId userId) {
    public static final int MAX_LENGTH = 80;
    private static final String ACCOUNT_PREFIX = "user:";
    private static final String NAME_PREFIX = "name:";

    public LoginKey {
        Objects.requireNonNull(value, "value");
        if (value.isEmpty() || value.length() > MAX_LENGTH) {
            throw new IllegalArgumentException("A login key is 1 to " + MAX_LENGTH + " characters: " + value);
        }
    }

    public static LoginKey of(UserId userId) {
        Objects.requireNonNull(userId, "userId");
        return new LoginKey(ACCOUNT_PREFIX + userId.value(), userId);
    }

    /**
     * The key of a login name that matches no account: an email lower-cased, a phone number as
     * {@code phoneFormat} normalises it, so that every spelling of one name shares one count.
     */
    public static LoginKey ofUnknownName(String typed, PhoneFormat phoneFormat) {
        String name = typed == null ? "" : typed.strip();
        String normalised = name.contains("@")
                ? name.toLowerCase(Locale.ROOT)
                : phoneFormat.normalise(name).toLowerCase(Locale.ROOT);
        return new LoginKey(NAME_PREFIX + TokenHash.of(normalised), null);
    }

    public Optional<UserId> account() {
        return Optional.ofNullable(userId);
    }
}
