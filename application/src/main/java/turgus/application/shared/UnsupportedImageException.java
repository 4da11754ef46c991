package turgus.application.shared;

/** An upload that is not a JPEG, PNG or safe SVG picture, whatever its name says. */
public class UnsupportedImageException extends RuntimeException {
    public UnsupportedImageException(String message) {
        super(message);
    }
}
