package turgus.application.account.port.in;

import turgus.domain.account.Email;

/** "I forgot my password": the email typed, and where the request came from. */
public record RequestPasswordResetCommand(Email email, String ip) {
    public RequestPasswordResetCommand {
        java.util.Objects.requireNonNull(email, "email");
        ip = Texts.cut(ip, Texts.MAX_IP_LENGTH);
    }

    /** Reads the email as typed; a malformed one is an {@code InvalidValueException} on "email". */
    public static RequestPasswordResetCommand of(String email, String ip) {
        return new RequestPasswordResetCommand(Email.of(email), ip);
    }
}
