package turgus.application.shared;

import turgus.domain.shared.Refusal;
import turgus.domain.shared.RefusalReason;

/** An upload that is not a JPEG, PNG or safe SVG picture, whatever its name says. */
public class UnsupportedImageException extends Refusal {
    public UnsupportedImageException(String message) {
        super(RefusalReason.UNSUPPORTED_IMAGE, message);
    }
}
