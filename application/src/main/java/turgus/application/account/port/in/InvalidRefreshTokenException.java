package turgus.application.account.port.in;

/** The refresh token is unknown, expired, used already or belongs to a signed-out session. */
public class InvalidRefreshTokenException extends RuntimeException {
    public static final String MESSAGE = "The session has ended. Please sign in again.";

    public InvalidRefreshTokenException() {
        super(MESSAGE);
    }
}
