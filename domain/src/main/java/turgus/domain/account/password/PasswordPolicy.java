package turgus.domain.account.password;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Predicate;
import turgus.domain.shared.FieldError;
import turgus.domain.shared.FieldRule;

/**
 * What makes a password acceptable: a list of named rules, each one regular expression (or, where no
 * expression can say it, a predicate) with its own message. Every rule is checked and every broken
 * one reported, in this order:
 *
 * <ol>
 *   <li>{@value #MIN_LENGTH} — at least {@link PasswordSettings#minLength()} characters;
 *   <li>{@value #MAX_LENGTH} — at most {@link PasswordSettings#maxLength()} characters; a longer
 *       password is refused, never cut;
 *   <li>{@value #PRINTABLE_ASCII} — only printable ASCII: Latin letters, digits, punctuation and
 *       space; no other script, no emoji, no tab or other control character;
 *   <li>{@value #UPPER_CASE} — at least one Latin upper-case letter, when the settings ask for it;
 *   <li>{@value #SPECIAL_CHARACTER} — at least one of {@link PasswordSettings#specialCharacters()},
 *       when the settings name any;
 *   <li>{@value #NOT_COMMON} — not one of the most common leaked passwords (a predicate).
 * </ol>
 *
 * <p>A missing or empty password breaks only {@value #REQUIRED}. A password is never trimmed or
 * otherwise changed: spaces at either end are part of it.
 *
 * <p>The list of leaked passwords is not the domain's: the adapter that owns it gives the policy a
 * predicate answering whether a password is on it, and that predicate compares without regard to
 * letter case ({@code Password!} is as common as {@code password!}) and also looks at the password's
 * core, without the digits and special characters added at its ends to meet the other rules ({@code
 * !Qwerty123$} is as common as {@code qwerty}).
 *
 * <p>bcrypt reads only the first {@value #BCRYPT_MAX_BYTES} bytes of its input, and a password may
 * have up to {@link PasswordSettings#maxLength()} characters. This policy only makes sure that no
 * character is silently cut by refusing anything longer; the hashing adapter must first reduce the
 * password to a digest shorter than {@value #BCRYPT_MAX_BYTES} bytes (text-encoded, so that it holds
 * no zero byte) and hash that, for every password alike. {@link #utf8Length(String)} tells how many
 * bytes a password is.
 */
public final class PasswordPolicy {
    public static final String REQUIRED = "required";
    public static final String MIN_LENGTH = "min-length";
    public static final String MAX_LENGTH = "max-length";
    public static final String PRINTABLE_ASCII = "printable-ascii";
    public static final String UPPER_CASE = "upper-case";
    public static final String SPECIAL_CHARACTER = "special-character";
    public static final String NOT_COMMON = "not-common";
    public static final String CONFIRMATION = "confirmation";

    /** The bytes of input bcrypt reads; the rest it ignores. */
    public static final int BCRYPT_MAX_BYTES = 72;

    private final PasswordSettings settings;
    private final List<PasswordRule> rules;

    private PasswordPolicy(PasswordSettings settings, List<PasswordRule> rules) {
        this.settings = settings;
        this.rules = List.copyOf(rules);
    }

    /**
     * The policy the settings describe.
     *
     * @param isCommonPassword answers whether a password is among the most common leaked ones,
     *     comparing without regard to letter case and with digits and special characters added at
     *     its ends ignored
     */
    public static PasswordPolicy of(PasswordSettings settings, Predicate<String> isCommonPassword) {
        Objects.requireNonNull(settings, "settings");
        Objects.requireNonNull(isCommonPassword, "isCommonPassword");
        List<PasswordRule> rules = new ArrayList<>();
        rules.add(PasswordRule.matching(
                MIN_LENGTH, ".{" + settings.minLength() + ",}", Map.of("min", settings.minLength())));
        rules.add(PasswordRule.matching(
                MAX_LENGTH, ".{0," + settings.maxLength() + "}", Map.of("max", settings.maxLength())));
        rules.add(PasswordRule.matching(PRINTABLE_ASCII, "[\\x20-\\x7E]*", Map.of()));
        if (settings.upperCaseRequired()) {
            rules.add(PasswordRule.matching(UPPER_CASE, ".*[A-Z].*", Map.of()));
        }
        if (!settings.specialCharacters().isEmpty()) {
            rules.add(PasswordRule.matching(
                    SPECIAL_CHARACTER,
                    ".*[" + characterClass(settings.specialCharacters()) + "].*",
                    Map.of("characters", settings.specialCharacters())));
        }
        rules.add(PasswordRule.satisfying(NOT_COMMON, isCommonPassword.negate()));
        return new PasswordPolicy(settings, rules);
    }

    public PasswordSettings settings() {
        return settings;
    }

    /** The rules in the order they are checked, for a screen or a browser to mirror. */
    public List<PasswordRule> rules() {
        return rules;
    }

    /** Checks {@code password} against every rule and reports each broken one on {@code field}. */
    public PasswordCheck check(String password, String field) {
        Objects.requireNonNull(field, "field");
        if (password == null || password.isEmpty()) {
            return PasswordCheck.broken(REQUIRED, FieldError.of(field, FieldRule.REQUIRED));
        }
        List<PasswordRule> broken = new ArrayList<>();
        for (PasswordRule rule : rules) {
            if (!rule.isKeptBy(password)) {
                broken.add(rule);
            }
        }
        return PasswordCheck.of(field, broken);
    }

    /**
     * Whether the password was typed the same way twice; a difference is reported on {@code
     * confirmationField}. Exactly the same: no trimming, letter case counts.
     */
    public PasswordCheck confirm(String password, String confirmation, String confirmationField) {
        Objects.requireNonNull(confirmationField, "confirmationField");
        if (confirmation == null || confirmation.isEmpty()) {
            return PasswordCheck.broken(REQUIRED, FieldError.of(confirmationField, FieldRule.REQUIRED));
        }
        if (!confirmation.equals(password)) {
            return PasswordCheck.broken(
                    CONFIRMATION, FieldError.of(confirmationField, FieldRule.PASSWORD_CONFIRMATION_MISMATCH));
        }
        return PasswordCheck.acceptable();
    }

    /** Both at once, as a form with a password and its confirmation asks: the rules, then the match. */
    public PasswordCheck check(String password, String field, String confirmation, String confirmationField) {
        return check(password, field).and(confirm(password, confirmation, confirmationField));
    }

    /** How many bytes {@code password} takes in UTF-8, the encoding the hashing adapter feeds bcrypt. */
    public static int utf8Length(String password) {
        return password.getBytes(StandardCharsets.UTF_8).length;
    }

    /** Whether bcrypt, given {@code password} as it is, would ignore part of it. */
    public static boolean exceedsBcryptInput(String password) {
        return utf8Length(password) > BCRYPT_MAX_BYTES;
    }

    private static String characterClass(String characters) {
        StringBuilder members = new StringBuilder();
        for (char c : characters.toCharArray()) {
            if ("\\]^-[".indexOf(c) >= 0) {
                members.append('\\');
            }
            members.append(c);
        }
        return members.toString();
    }
}
