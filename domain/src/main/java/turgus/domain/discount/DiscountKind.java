package turgus.domain.discount;

/** Where a discount comes from. */
public enum DiscountKind {
    /** A product on sale: already in the line's unit price. */
    SALE,
    /** The customer's loyalty level, on the subtotal. */
    LOYALTY,
    /** A promo code entered in the cart, on the subtotal. */
    PROMO_CODE
}
