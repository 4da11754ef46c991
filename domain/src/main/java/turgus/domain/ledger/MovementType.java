package turgus.domain.ledger;

import java.math.BigDecimal;

/** Why a balance moved. */
public enum MovementType {
    /** The customer added money: more than zero. */
    TOP_UP,
    /** An order was paid: zero or less. */
    PURCHASE,
    /** An order's money came back: zero or more. */
    REFUND,
    /** An admin credited or debited, with a reason: anything but zero. */
    ADJUSTMENT;

    boolean allows(BigDecimal amount) {
        int sign = amount.signum();
        return switch (this) {
            case TOP_UP -> sign > 0;
            case PURCHASE -> sign <= 0;
            case REFUND -> sign >= 0;
            case ADJUSTMENT -> sign != 0;
        };
    }
}
