package turgus.web.security;

import jakarta.inject.Singleton;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import turgus.application.security.port.out.RandomSecrets;

/** Tokens and generated passwords from the platform's cryptographically secure random source. */
@Singleton
public class SecureRandomSecrets implements RandomSecrets {
    public static final int PASSWORD_LENGTH = 20;
    static final String UPPER = "ABCDEFGHJKLMNPQRSTUVWXYZ";
    static final String LOWER = "abcdefghijkmnopqrstuvwxyz";
    static final String DIGITS = "23456789";
    static final String SPECIAL = "$%&!:";
    private static final String ALL = UPPER + LOWER + DIGITS + SPECIAL;

    private final SecureRandom random = new SecureRandom();

    @Override
    public String token(int bytes) {
        if (bytes < 1) {
            throw new IllegalArgumentException("A token has at least one byte: " + bytes);
        }
        byte[] value = new byte[bytes];
        random.nextBytes(value);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(value);
    }

    /**
     * 20 characters with at least one upper-case letter, one lower-case letter, one digit and one of
     * {@code $%&!:}, in random places; look-alike characters (I, l, O, 0, 1) are left out because
     * an operator copies this password from a console.
     */
    @Override
    public String password() {
        List<Character> chars = new ArrayList<>(PASSWORD_LENGTH);
        chars.add(pick(UPPER));
        chars.add(pick(LOWER));
        chars.add(pick(DIGITS));
        chars.add(pick(SPECIAL));
        while (chars.size() < PASSWORD_LENGTH) {
            chars.add(pick(ALL));
        }
        Collections.shuffle(chars, random);
        StringBuilder password = new StringBuilder(PASSWORD_LENGTH);
        chars.forEach(password::append);
        return password.toString();
    }

    private char pick(String alphabet) {
        return alphabet.charAt(random.nextInt(alphabet.length()));
    }
}
