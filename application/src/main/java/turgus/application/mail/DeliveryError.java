package turgus.application.mail;

import java.util.regex.Pattern;

/**
 * A failed delivery in one short line for the queue's {@code last_error} and the log: the failure's
 * message and, when different, its root cause's (where a mail server's answer usually is), never a
 * stack trace.
 */
final class DeliveryError {
    static final int MAX_LENGTH = 300;

    private DeliveryError() {}

    static String describe(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String text = summary(failure);
        if (root != failure) {
            text = text + " (" + summary(root) + ")";
        }
        text = text.replaceAll("\\s+", " ").strip();
        return text.length() <= MAX_LENGTH ? text : text.substring(0, MAX_LENGTH - 1) + "…";
    }

    /**
     * A stored error as the admins read it: the messages alone, without the names of the failures'
     * types ({@code MailNotDeliveredException: The mail … (ConnectException: Connection refused)}
     * becomes {@code The mail … (Connection refused)}); a failure that had no message is said in words.
     */
    static String inPlainWords(String described) {
        String words = TYPE_PREFIX.matcher(described).replaceAll("");
        for (String[] known : KNOWN_FAILURES) {
            words = words.replaceAll("\\b" + known[0] + "\\b", known[1]);
        }
        return words.strip();
    }

    private static final Pattern TYPE_PREFIX =
            Pattern.compile("\\b(?:[a-z][a-z0-9_]*\\.)*[A-Z][A-Za-z0-9]*(?:Exception|Error): ");

    /** Failures that often come without a message, in words. */
    private static final String[][] KNOWN_FAILURES = {
        {"ConnectException", "the mail server refused the connection"},
        {"SocketTimeoutException", "the mail server did not answer in time"},
        {"UnknownHostException", "the mail server's name is unknown"},
        {"AuthenticationFailedException", "the mail server did not accept the username and password"},
        {"SSLHandshakeException", "the secure connection to the mail server failed"},
        {"MailNotDeliveredException", "the mail could not be delivered"},
        {"MessagingException", "the mail server reported an error"}
    };

    private static String summary(Throwable failure) {
        String message = failure.getMessage();
        String name = failure.getClass().getSimpleName();
        return message == null || message.isBlank() ? name : name + ": " + message;
    }
}
