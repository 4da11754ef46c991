package turgus.application.account;

import jakarta.inject.Singleton;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Objects;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import turgus.application.security.port.out.RandomSecrets;
import turgus.application.security.port.out.SecretStore;
import turgus.domain.account.Email;
import turgus.domain.account.registration.ConfirmationCode;

/**
 * The stored form of a registration code: HMAC-SHA256 of the email and the code under a server key.
 *
 * <p>Why not a plain hash: there are only a million codes, so anyone holding a plain SHA-256 of one
 * finds the code in milliseconds. Why not bcrypt: it would not stop that search for long either
 * (a million guesses), and it would cost a bcrypt per typed code. With an HMAC, a copy of the
 * {@code pending_registrations} table alone is useless without the key. The key is generated once
 * and kept in {@code app_secrets} (shared by every instance), so a full copy of the database does
 * expose codes; they live at most the confirmation validity (15 minutes by default). Binding the
 * email into the HMAC makes a code valid for its own registration only.
 */
@Singleton
public final class ConfirmationCodeHasher {
    static final String KEY_NAME = "registration-code-hmac-key";
    private static final String ALGORITHM = "HmacSHA256";

    private final SecretStore store;
    private final RandomSecrets random;
    private volatile byte[] key;

    public ConfirmationCodeHasher(SecretStore store, RandomSecrets random) {
        this.store = Objects.requireNonNull(store, "store");
        this.random = Objects.requireNonNull(random, "random");
    }

    public String hash(Email email, ConfirmationCode code) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(new SecretKeySpec(key(), ALGORITHM));
            byte[] digest = mac.doFinal((email.value() + "\n" + code.value()).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (GeneralSecurityException impossible) {
            throw new IllegalStateException("Every Java runtime has " + ALGORITHM, impossible);
        }
    }

    /** Compares in constant time, so that the time taken tells nothing about the stored hash. */
    public boolean matches(Email email, ConfirmationCode code, String storedHash) {
        return MessageDigest.isEqual(
                hash(email, code).getBytes(StandardCharsets.US_ASCII), storedHash.getBytes(StandardCharsets.US_ASCII));
    }

    private byte[] key() {
        byte[] known = key;
        if (known == null) {
            known = store.getOrCreate(KEY_NAME, () -> random.token(32)).getBytes(StandardCharsets.UTF_8);
            key = known;
        }
        return known;
    }
}
