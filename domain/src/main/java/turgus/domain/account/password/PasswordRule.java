package turgus.domain.account.password;

import java.util.Objects;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * One named thing a password must be, with the words that tell the person what to change. Most rules
 * are one regular expression that the whole password must match; a rule that no expression can say
 * (a leaked password, say) is a predicate instead.
 *
 * <p>Expressions are written so that a browser can use them too: the whole password must match
 * ({@code ^(?:…)$} in JavaScript), and {@code .} matches any character, line breaks included
 * ({@code DOTALL} here, the {@code s} and {@code u} flags in JavaScript). Lengths count characters
 * (Unicode code points), so an emoji counts once.
 */
public final class PasswordRule {
    private final String id;
    private final String message;
    private final Pattern pattern;
    private final Predicate<String> test;

    private PasswordRule(String id, String message, Pattern pattern, Predicate<String> test) {
        this.id = requireText(id, "id");
        this.message = requireText(message, "message");
        this.pattern = pattern;
        this.test = Objects.requireNonNull(test, "test");
    }

    /** A rule kept when the whole password matches {@code regex}. */
    public static PasswordRule matching(String id, String regex, String message) {
        Pattern pattern = Pattern.compile(regex, Pattern.DOTALL);
        return new PasswordRule(
                id, message, pattern, password -> pattern.matcher(password).matches());
    }

    /** A rule kept when {@code test} accepts the password. */
    public static PasswordRule satisfying(String id, Predicate<String> test, String message) {
        return new PasswordRule(id, message, null, test);
    }

    /** A stable name for the rule, for translations and for the browser's copy of the rules. */
    public String id() {
        return id;
    }

    /** What the password must be, completing a sentence that starts with the field's name. */
    public String message() {
        return message;
    }

    /** The expression the whole password must match; empty for a rule only the server can check. */
    public Optional<String> regex() {
        return Optional.ofNullable(pattern).map(Pattern::pattern);
    }

    public boolean isKeptBy(String password) {
        return test.test(password);
    }

    @Override
    public String toString() {
        return id + ": " + message;
    }

    private static String requireText(String value, String name) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("A password rule has a " + name);
        }
        return value;
    }
}
