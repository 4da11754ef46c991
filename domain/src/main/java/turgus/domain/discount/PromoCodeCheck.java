package turgus.domain.discount;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import turgus.domain.shared.FieldRule;
import turgus.domain.shared.InvalidValueException;
import turgus.domain.shared.Money;
import turgus.domain.shared.RefusalReason;

/**
 * Whether a promo code may be used for an order, and if not, why, in words for the customer.
 *
 * @param code the code as the customer typed it, normalised
 * @param problem why it cannot be used, or null when it can
 * @param minimum the order total the code asks for, when that is the problem; otherwise null
 */
public record PromoCodeCheck(String code, PromoCodeProblem problem, Money minimum) {
    public PromoCodeCheck {
        Objects.requireNonNull(code, "code");
        if ((problem == PromoCodeProblem.MINIMUM_NOT_MET) != (minimum != null)) {
            throw new IllegalArgumentException("A minimum is named exactly when it is not met");
        }
    }

    public static PromoCodeCheck applicable(String code) {
        return new PromoCodeCheck(code, null, null);
    }

    /** The answer for a code that names no promo code. */
    public static PromoCodeCheck unknown(String code) {
        return new PromoCodeCheck(code, PromoCodeProblem.UNKNOWN, null);
    }

    static PromoCodeCheck rejected(String code, PromoCodeProblem problem) {
        return new PromoCodeCheck(code, problem, null);
    }

    static PromoCodeCheck minimumNotMet(String code, Money minimum) {
        return new PromoCodeCheck(code, PromoCodeProblem.MINIMUM_NOT_MET, minimum);
    }

    public boolean isApplicable() {
        return problem == null;
    }

    public Optional<PromoCodeProblem> reason() {
        return Optional.ofNullable(problem);
    }

    /**
     * Why the code cannot be used, as the refusal reason a client explains ({@code PROMO_CODE_…});
     * empty when it can.
     */
    public Optional<RefusalReason> refusalReason() {
        return reason().map(PromoCodeCheck::reasonOf);
    }

    /** The values that explain the problem: the {@code code}, and the {@code minimum} when that is it. */
    public Map<String, Object> details() {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("code", code);
        if (minimum != null) {
            details.put("minimum", minimum.amount());
        }
        return details;
    }

    /**
     * For a caller that must refuse the code: a refusal on the field {@code code} whose reason
     * ({@code PROMO_CODE_…}) and details explain it.
     */
    public void throwIfNotApplicable() {
        if (problem != null) {
            throw InvalidValueException.because(
                    reasonOf(problem), details(), "code", FieldRule.PROMO_CODE_NOT_APPLICABLE);
        }
    }

    private static RefusalReason reasonOf(PromoCodeProblem problem) {
        return switch (problem) {
            case UNKNOWN -> RefusalReason.PROMO_CODE_UNKNOWN;
            case NOT_YET_VALID -> RefusalReason.PROMO_CODE_NOT_YET_VALID;
            case EXPIRED -> RefusalReason.PROMO_CODE_EXPIRED;
            case USED_UP -> RefusalReason.PROMO_CODE_USED_UP;
            case MINIMUM_NOT_MET -> RefusalReason.PROMO_CODE_MINIMUM_NOT_MET;
        };
    }
}
