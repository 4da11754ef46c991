package turgus.persistence.discount;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/** SQL for {@code promo_codes}. */
@JdbcRepository(dialect = Dialect.POSTGRES)
interface PromoCodeRowRepository extends CrudRepository<PromoCodeRow, String> {
    @Query("SELECT code, percent_off, amount_off, min_order_total, valid_from, valid_until, max_uses, times_used"
            + " FROM promo_codes ORDER BY code")
    List<PromoCodeRow> findAllByCode();

    /** Writes the terms, never {@code times_used}. */
    @Query("UPDATE promo_codes SET percent_off = :percentOff, amount_off = :amountOff,"
            + " min_order_total = :minOrderTotal, valid_from = :validFrom, valid_until = :validUntil,"
            + " max_uses = :maxUses WHERE code = :code")
    int updateTerms(
            String code,
            @Nullable Integer percentOff,
            @Nullable BigDecimal amountOff,
            BigDecimal minOrderTotal,
            @Nullable Instant validFrom,
            @Nullable Instant validUntil,
            @Nullable Integer maxUses);

    @Query("DELETE FROM promo_codes WHERE code = :code")
    int deleteCode(String code);

    /** Counts a use only while uses are left; the row count says whether it happened. */
    @Query("UPDATE promo_codes SET times_used = times_used + 1"
            + " WHERE code = :code AND (max_uses IS NULL OR times_used < max_uses)")
    int countUse(String code);
}
