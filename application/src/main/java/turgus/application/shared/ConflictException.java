package turgus.application.shared;

/** The request is valid but clashes with the current state (a taken email, stock that ran out). */
public class ConflictException extends RuntimeException {
    public ConflictException(String message) {
        super(message);
    }
}
