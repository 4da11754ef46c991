package turgus.persistence.discount;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.math.BigDecimal;
import java.time.Instant;

/** One row of {@code promo_codes}: exactly one of {@code percentOff} and {@code amountOff} is set. */
@MappedEntity("promo_codes")
record PromoCodeRow(
        @Id String code,
        @Nullable Integer percentOff,
        @Nullable BigDecimal amountOff,
        BigDecimal minOrderTotal,
        @Nullable Instant validFrom,
        @Nullable Instant validUntil,
        @Nullable Integer maxUses,
        int timesUsed) {}
