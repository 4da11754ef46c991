package turgus.application.account.port.in;

import turgus.domain.shared.Refusal;
import turgus.domain.shared.RefusalReason;

/** The name or the password is wrong; which one is never said. */
public class InvalidCredentialsException extends Refusal {
    public static final String MESSAGE = "Invalid credentials. Try again";

    public InvalidCredentialsException() {
        super(RefusalReason.INVALID_CREDENTIALS, MESSAGE);
    }
}
