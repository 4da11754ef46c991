package turgus.application.account.port.in;

import java.util.Objects;
import turgus.domain.account.UserId;

/**
 * A signed-in person's new password: the current one, the new one twice, and the session asking
 * (which stays signed in while the others end).
 */
public record ChangePasswordCommand(
        UserId userId,
        String currentSessionId,
        String oldPassword,
        String newPassword,
        String newPasswordConfirmation,
        String ip) {
    public static final String OLD_PASSWORD = "oldPassword";
    public static final String NEW_PASSWORD = "newPassword";
    public static final String NEW_PASSWORD_CONFIRMATION = "newPasswordConfirmation";

    public ChangePasswordCommand {
        Objects.requireNonNull(userId, "userId");
        currentSessionId = currentSessionId == null ? "" : currentSessionId;
        oldPassword = oldPassword == null ? "" : oldPassword;
        newPassword = newPassword == null ? "" : newPassword;
        newPasswordConfirmation = newPasswordConfirmation == null ? "" : newPasswordConfirmation;
        ip = Texts.cut(ip, Texts.MAX_IP_LENGTH);
    }

    @Override
    public String toString() {
        return "ChangePasswordCommand[userId=" + userId + ", passwords=<hidden>]";
    }
}
