package turgus.application.shared;

import java.util.Map;
import turgus.domain.shared.Refusal;
import turgus.domain.shared.RefusalReason;

/** The request is valid but clashes with the current state (a taken email, a promo code's name). */
public class ConflictException extends Refusal {
    /** A clash without a reason of its own. */
    public ConflictException(String message) {
        this(RefusalReason.CONFLICT, Map.of(), message);
    }

    protected ConflictException(RefusalReason reason, Map<String, ?> details, String message) {
        super(reason, details, message);
    }

    /** A promo code of this name exists already. */
    public static ConflictException promoCodeTaken(String code) {
        return new ConflictException(
                RefusalReason.PROMO_CODE_TAKEN, details("code", code), "A promo code " + code + " already exists");
    }
}
