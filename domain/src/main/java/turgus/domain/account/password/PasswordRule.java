package turgus.domain.account.password;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import turgus.domain.shared.FieldError;
import turgus.domain.shared.FieldRule;

/**
 * One named thing a password must be, with the values that tell the person what to change (a
 * length, the special characters); an adapter words it from its id. Most rules are one regular
 * expression that the whole password must match; a rule that no expression can say
 * (a leaked password, say) is a predicate instead.
 *
 * <p>Expressions are written so that a browser can use them too: the whole password must match
 * ({@code ^(?:…)$} in JavaScript), and {@code .} matches any character, line breaks included
 * ({@code DOTALL} here, the {@code s} and {@code u} flags in JavaScript). Lengths count characters
 * (Unicode code points), so an emoji counts once.
 */
public final class PasswordRule {
    private final String id;
    private final Map<String, Object> params;
    private final Pattern pattern;
    private final Predicate<String> test;

    private PasswordRule(String id, Map<String, Object> params, Pattern pattern, Predicate<String> test) {
        this.id = requireText(id, "id");
        this.params = Map.copyOf(params);
        this.pattern = pattern;
        this.test = Objects.requireNonNull(test, "test");
    }

    /** A rule kept when the whole password matches {@code regex}. */
    public static PasswordRule matching(String id, String regex, Map<String, Object> params) {
        Pattern pattern = Pattern.compile(regex, Pattern.DOTALL);
        return new PasswordRule(
                id, params, pattern, password -> pattern.matcher(password).matches());
    }

    /** A rule kept when {@code test} accepts the password. */
    public static PasswordRule satisfying(String id, Predicate<String> test) {
        return new PasswordRule(id, Map.of(), null, test);
    }

    /** A stable name for the rule, for translations and for the browser's copy of the rules. */
    public String id() {
        return id;
    }

    /** The values the rule is worded with, by name ({@code min}, {@code max}, {@code characters}). */
    public Map<String, Object> params() {
        return params;
    }

    /**
     * The rule broken on {@code field}: {@link FieldRule#PASSWORD_RULE} with the rule's {@code id}
     * and its values.
     */
    public FieldError brokenOn(String field) {
        Map<String, Object> all = new LinkedHashMap<>();
        all.put("id", id);
        all.putAll(params);
        return new FieldError(field, FieldRule.PASSWORD_RULE, all);
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
        return params.isEmpty() ? id : id + " " + params;
    }

    private static String requireText(String value, String name) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("A password rule has a " + name);
        }
        return value;
    }
}
