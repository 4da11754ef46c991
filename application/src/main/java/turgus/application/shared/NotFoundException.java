package turgus.application.shared;

/** What was asked for does not exist, or is not the caller's to see. */
public class NotFoundException extends RuntimeException {
    public NotFoundException(String message) {
        super(message);
    }
}
