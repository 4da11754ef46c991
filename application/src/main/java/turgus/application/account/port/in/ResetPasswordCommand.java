package turgus.application.account.port.in;

/** A new password set through a reset link: the link's token and the new password twice. */
public record ResetPasswordCommand(String token, String newPassword, String newPasswordConfirmation, String ip) {
    public static final String TOKEN = "token";
    public static final String NEW_PASSWORD = "newPassword";
    public static final String NEW_PASSWORD_CONFIRMATION = "newPasswordConfirmation";

    public ResetPasswordCommand {
        token = token == null ? "" : token.strip();
        newPassword = newPassword == null ? "" : newPassword;
        newPasswordConfirmation = newPasswordConfirmation == null ? "" : newPasswordConfirmation;
        ip = Texts.cut(ip, Texts.MAX_IP_LENGTH);
    }

    @Override
    public String toString() {
        return "ResetPasswordCommand[token=<hidden>, passwords=<hidden>]";
    }
}
