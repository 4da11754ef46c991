package turgus.persistence.order;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.math.BigDecimal;
import turgus.domain.discount.AppliedDiscount;
import turgus.domain.discount.DiscountKind;
import turgus.domain.shared.Money;

/**
 * One row of {@code order_discounts}. The table's key is {@code (order_id, line_no)}; discounts are
 * written and read by {@code @Query} only, always by their order, so {@code @Id} marks the leading column.
 * Rows written before V21 have only their English {@code label}; later rows a {@code name} and maybe
 * a {@code percent}.
 */
@MappedEntity("order_discounts")
record OrderDiscountRow(
        @Id long orderId,
        int lineNo,
        String kind,
        @Nullable String name,
        @Nullable Integer percent,
        @Nullable String label,
        BigDecimal amount) {

    AppliedDiscount toDiscount() {
        DiscountKind discountKind = DiscountKind.valueOf(kind);
        Money off = new Money(amount);
        return name == null
                ? AppliedDiscount.worded(discountKind, label, off)
                : AppliedDiscount.of(discountKind, name, percent, off);
    }
}
