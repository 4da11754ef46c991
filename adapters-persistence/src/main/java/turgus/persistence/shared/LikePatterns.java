package turgus.persistence.shared;

import java.util.Locale;

/**
 * Turns a user's words into a {@code LIKE} pattern that matches them literally. Queries using it
 * declare {@code ESCAPE '\'}, so that a {@code %} or {@code _} typed by a user is no wildcard.
 */
public final class LikePatterns {
    private LikePatterns() {}

    /** A pattern for {@code LOWER(column) LIKE ?}: the words anywhere, in any case. */
    public static String containingIgnoringCase(String words) {
        return "%" + escape(words.toLowerCase(Locale.ROOT)) + "%";
    }

    /** A pattern matching every value (the column must be NOT NULL). */
    public static String anything() {
        return "%";
    }

    static String escape(String text) {
        StringBuilder escaped = new StringBuilder(text.length() + 8);
        for (char c : text.toCharArray()) {
            if (c == '\\' || c == '%' || c == '_') {
                escaped.append('\\');
            }
            escaped.append(c);
        }
        return escaped.toString();
    }
}
