package turgus.domain.order;

/** Where an order stands. Every order is paid when placed; a refund is final. */
public enum OrderStatus {
    PAID,
    REFUNDED
}
