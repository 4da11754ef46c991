package turgus.application.account.port.in;

/** The name or the password is wrong; which one is never said. */
public class InvalidCredentialsException extends RuntimeException {
    public static final String MESSAGE = "Invalid credentials. Try again";

    public InvalidCredentialsException() {
        super(MESSAGE);
    }
}
