package turgus.web.platform;

/**
 * The characters no input may hold: the C0 controls U+0000 to U+001F other than tab, line feed and
 * carriage return. No person types them, they garble logs and exports, and PostgreSQL refuses
 * U+0000 in any text, so the shop refuses them at the door on both databases alike.
 */
final class ControlCharacters {
    private ControlCharacters() {}

    static boolean present(CharSequence text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x20 && c != '\t' && c != '\n' && c != '\r') {
                return true;
            }
        }
        return false;
    }

    /** Whether a path as sent, still percent-encoded, encodes one of them ({@code %00} to {@code %1F}). */
    static boolean encodedIn(String rawPath) {
        for (int i = rawPath.indexOf('%'); i >= 0 && i + 2 < rawPath.length(); i = rawPath.indexOf('%', i + 1)) {
            int high = Character.digit(rawPath.charAt(i + 1), 16);
            int low = Character.digit(rawPath.charAt(i + 2), 16);
            if (high >= 0 && low >= 0 && present(String.valueOf((char) (high * 16 + low)))) {
                return true;
            }
        }
        return present(rawPath);
    }
}
