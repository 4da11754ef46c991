package turgus.persistence.order;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.math.BigDecimal;
import java.time.Instant;

/** One row of {@code orders}: an order as paid, with the customer's name and email as they were. */
@MappedEntity("orders")
record OrderRow(
        @Id @GeneratedValue @Nullable Long id,
        @Nullable Long userId,
        String customerName,
        String customerEmail,
        String status,
        BigDecimal subtotal,
        BigDecimal discountTotal,
        BigDecimal total,
        @Nullable String promoCode,
        Instant createdAt,
        @Nullable Instant refundedAt) {}
