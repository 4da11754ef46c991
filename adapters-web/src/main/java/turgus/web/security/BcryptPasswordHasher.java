package turgus.web.security;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.function.BiPredicate;
import java.util.regex.Pattern;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.mindrot.jbcrypt.BCrypt;
import turgus.application.account.port.out.PasswordHasher;

/**
 * Passwords hashed with bcrypt.
 *
 * <p>Cost 12 (4096 rounds): about a quarter of a second per check on one core of a current server.
 * OWASP asks for at least 10; 12 makes an offline guess sixteen times dearer than that while a
 * login still answers well under a second, and lockouts keep online guessing cheap to refuse.
 *
 * <p>bcrypt reads only the first 72 bytes of its input and silently ignores the rest, so two long
 * passwords sharing a prefix would be the same password. Every password is therefore first reduced
 * to HMAC-SHA256 under a fixed, shop-specific key and written in base64 (44 ASCII characters, no
 * zero bytes) before bcrypt sees it: every character of a password up to the policy's 128 counts,
 * and non-ASCII input never reaches bcrypt's byte handling. The key is not a secret; it only keeps
 * these inputs from matching plain SHA-256 hashes leaked elsewhere ("hash shucking").
 *
 * <p>Every bcrypt run, the stand-in check for an unknown name included, goes through the {@link
 * PasswordHashingPool}: a few threads of its own and a cap on what waits, so that logins cannot take
 * every core from the rest of the shop, and too many at once are refused with {@code SERVER_BUSY}.
 */
@Singleton
public class BcryptPasswordHasher implements PasswordHasher {
    public static final int COST = 12;
    private static final Pattern BCRYPT_SHAPE = Pattern.compile("^\\$2[aby]\\$\\d{2}\\$[./A-Za-z0-9]{53}$");
    private static final byte[] PRE_HASH_KEY = "turgus/password/v1".getBytes(StandardCharsets.UTF_8);

    private final SecureRandom random = new SecureRandom();
    private final PasswordHashingPool pool;
    /** bcrypt's check of a pre-hashed password against a hash. */
    private final BiPredicate<String, String> check;
    /**
     * A real cost-12 hash of a random password nobody kept, checked for logins whose name matches no
     * account so that they cost what a wrong password costs. It is a constant rather than made at
     * start: making it cost a third of the shop's start-up CPU, and knowing it helps nobody, since
     * the outcome of that check is thrown away.
     */
    static final String DUMMY_HASH = "$2a$12$bUGXATnXRPHGUlrdJ8E0AuQCzKKZvoaDLtQpAYG895.6QbKpUzhl6";

    @Inject
    public BcryptPasswordHasher(PasswordHashingPool pool) {
        this(pool, BCrypt::checkpw);
    }

    /** With the check passed in, so that a spec can see which checks really run. */
    BcryptPasswordHasher(PasswordHashingPool pool, BiPredicate<String, String> check) {
        this.pool = pool;
        this.check = check;
    }

    @Override
    public String hash(String password) {
        String preHashed = preHash(password);
        return pool.run(() -> BCrypt.hashpw(preHashed, BCrypt.gensalt(COST, random)));
    }

    @Override
    public boolean matches(String password, String hash) {
        if (password == null || hash == null || !BCRYPT_SHAPE.matcher(hash).matches()) {
            return false;
        }
        String preHashed = preHash(password);
        return pool.run(() -> {
            try {
                return check.test(preHashed, hash);
            } catch (IllegalArgumentException malformedHash) {
                return false;
            }
        });
    }

    @Override
    public void spendComparableTime(String password) {
        String preHashed = preHash(password == null ? "" : password);
        pool.run(() -> check.test(preHashed, DUMMY_HASH));
    }

    static String preHash(String password) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(PRE_HASH_KEY, "HmacSHA256"));
            return Base64.getEncoder().encodeToString(mac.doFinal(password.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException | InvalidKeyException impossible) {
            throw new IllegalStateException("Every Java runtime has HmacSHA256", impossible);
        }
    }
}
