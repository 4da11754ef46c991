package turgus.application.account.port.in;

import turgus.domain.shared.Refusal;
import turgus.domain.shared.RefusalReason;

/** The refresh token is unknown, expired, used already or belongs to a signed-out session. */
public class InvalidRefreshTokenException extends Refusal {
    public static final String MESSAGE = "The session has ended. Please sign in again.";

    public InvalidRefreshTokenException() {
        super(RefusalReason.INVALID_REFRESH_TOKEN, MESSAGE);
    }
}
