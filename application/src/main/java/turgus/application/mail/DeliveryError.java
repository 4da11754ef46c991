package turgus.application.mail;

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

    private static String summary(Throwable failure) {
        String message = failure.getMessage();
        String name = failure.getClass().getSimpleName();
        return message == null || message.isBlank() ? name : name + ": " + message;
    }
}
