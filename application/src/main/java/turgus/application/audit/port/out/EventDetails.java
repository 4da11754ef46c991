package turgus.application.audit.port.out;

import java.util.Objects;
import java.util.regex.Pattern;
import turgus.domain.shared.Money;

/**
 * The details of an event as one line of {@code key=value} pairs, separated by single spaces:
 * {@code productId=7 price.before=12.50 price.after=9.90}. A value that is empty or holds a space,
 * quote, backslash or {@code =} is written in double quotes ({@code name="Green tea"}); inside, a
 * quote or backslash gets a backslash. Control characters, line and paragraph separators and
 * invisible format characters (such as right-to-left overrides) are written as escapes ({@code \n},
 * {@code \r}, {@code \t}, {@code \u001b}) wherever they occur, so that no text a user typed can start a
 * line of its own or hide part of an entry from whoever reads the log.
 */
public final class EventDetails {
    private static final Pattern KEY = Pattern.compile("[a-zA-Z][a-zA-Z0-9.]{0,59}");

    private final StringBuilder line = new StringBuilder();

    private EventDetails() {}

    /** No pairs yet. */
    public static EventDetails empty() {
        return new EventDetails();
    }

    public static EventDetails of(String key, Object value) {
        return new EventDetails().and(key, value);
    }

    /** Adds {@code key=value}; a null value leaves the pair out. */
    public EventDetails and(String key, Object value) {
        if (!KEY.matcher(Objects.requireNonNull(key, "key")).matches()) {
            throw new IllegalArgumentException("Not a detail key: " + key);
        }
        if (value == null) {
            return this;
        }
        if (!line.isEmpty()) {
            line.append(' ');
        }
        line.append(key).append('=').append(value(text(value)));
        return this;
    }

    /** Adds {@code key.before} and {@code key.after} when the two differ; nothing when they are equal. */
    public EventDetails change(String key, Object before, Object after) {
        if (Objects.equals(before, after)) {
            return this;
        }
        return and(key + ".before", before == null ? "" : before).and(key + ".after", after == null ? "" : after);
    }

    @Override
    public String toString() {
        return line.toString();
    }

    /** Money as its amount alone ({@code 12.50}): every amount in the shop is in EUR. */
    private static String text(Object value) {
        return value instanceof Money money ? money.amount().toPlainString() : String.valueOf(value);
    }

    /** The value as written in a pair: quoted when it has to be, its control characters escaped. */
    static String value(String value) {
        boolean quote = value.isEmpty();
        for (int i = 0; i < value.length() && !quote; i++) {
            char c = value.charAt(i);
            quote = c == ' ' || c == '"' || c == '\\' || c == '=';
        }
        if (!quote) {
            return withoutControls(value);
        }
        StringBuilder quoted = new StringBuilder(value.length() + 2).append('"');
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '"' || c == '\\') {
                quoted.append('\\').append(c);
            } else {
                escape(c, quoted);
            }
        }
        return quoted.append('"').toString();
    }

    /**
     * {@code text} with every character that could break or disguise a line written as an escape;
     * other text, backslashes included, stays as it is.
     */
    public static String withoutControls(String text) {
        if (text == null) {
            return null;
        }
        StringBuilder clean = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (hidden(c)) {
                if (clean == null) {
                    clean = new StringBuilder(text.length() + 8).append(text, 0, i);
                }
                escape(c, clean);
            } else if (clean != null) {
                clean.append(c);
            }
        }
        return clean == null ? text : clean.toString();
    }

    private static boolean hidden(char c) {
        int type = Character.getType(c);
        return type == Character.CONTROL
                || type == Character.FORMAT
                || type == Character.LINE_SEPARATOR
                || type == Character.PARAGRAPH_SEPARATOR;
    }

    private static void escape(char c, StringBuilder to) {
        switch (c) {
            case '\n' -> to.append("\\n");
            case '\r' -> to.append("\\r");
            case '\t' -> to.append("\\t");
            default -> {
                if (hidden(c)) {
                    to.append(String.format("\\u%04x", (int) c));
                } else {
                    to.append(c);
                }
            }
        }
    }
}
