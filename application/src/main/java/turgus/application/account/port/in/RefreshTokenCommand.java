package turgus.application.account.port.in;

import turgus.domain.shared.FieldRule;
import turgus.domain.shared.InvalidValueException;

/** A refresh token handed back for a new token pair, and where the request came from. */
public record RefreshTokenCommand(String refreshToken, String ip) {
    public static final String FIELD = "refresh_token";

    public RefreshTokenCommand {
        refreshToken = refreshToken == null ? "" : refreshToken.strip();
        if (refreshToken.isEmpty()) {
            throw new InvalidValueException(FIELD, FieldRule.REQUIRED);
        }
        ip = Texts.cut(ip, Texts.MAX_IP_LENGTH);
    }

    @Override
    public String toString() {
        return "RefreshTokenCommand[refreshToken=<hidden>]";
    }
}
