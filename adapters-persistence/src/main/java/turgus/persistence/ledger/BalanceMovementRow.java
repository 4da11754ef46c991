package turgus.persistence.ledger;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.math.BigDecimal;
import java.time.Instant;

/** One row of {@code balance_movements}: a signed change of a balance and the balance right after it. */
@MappedEntity("balance_movements")
record BalanceMovementRow(
        @Id @GeneratedValue @Nullable Long id,
        long userId,
        String movementType,
        BigDecimal amount,
        BigDecimal balanceAfter,
        Instant createdAt,
        @Nullable Long orderId,
        @Nullable String note) {}
