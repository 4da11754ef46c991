package turgus.application.account.port.in;

/** Client-supplied text kept for logs and session lists: never null, never longer than allowed. */
final class Texts {
    static final int MAX_IP_LENGTH = 100;
    static final int MAX_USER_AGENT_LENGTH = 500;

    private Texts() {}

    static String cut(String text, int max) {
        if (text == null) {
            return "";
        }
        return text.length() <= max ? text : text.substring(0, max);
    }
}
