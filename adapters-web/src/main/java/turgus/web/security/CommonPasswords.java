package turgus.web.security;

import jakarta.inject.Singleton;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The most common leaked passwords, read once from {@code common-passwords.txt} beside this class,
 * for the password policy's "not common" rule. Compared without regard to letter case, so that
 * {@code Password1!} is as common as {@code password1!}.
 */
@Singleton
public class CommonPasswords {
    static final String RESOURCE = "common-passwords.txt";

    private final Set<String> passwords;

    public CommonPasswords() {
        try (InputStream in = CommonPasswords.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("The list of common passwords is missing: " + RESOURCE);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            passwords = reader.lines()
                    .map(String::strip)
                    .filter(line -> !line.isEmpty() && !line.startsWith("#"))
                    .map(CommonPasswords::fold)
                    .collect(Collectors.toUnmodifiableSet());
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
    }

    public boolean contains(String password) {
        return password != null && passwords.contains(fold(password));
    }

    public int size() {
        return passwords.size();
    }

    private static String fold(String text) {
        return text.toLowerCase(Locale.ROOT);
    }
}
