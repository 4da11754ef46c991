package turgus.domain.discount;

/** Why a promo code cannot be used for an order right now. */
public enum PromoCodeProblem {
    /** No promo code has this name. */
    UNKNOWN,
    /** Its validity starts later. */
    NOT_YET_VALID,
    /** Its validity has ended. */
    EXPIRED,
    /** It has been used as often as allowed. */
    USED_UP,
    /** The order is smaller than the code's minimum. */
    MINIMUM_NOT_MET
}
