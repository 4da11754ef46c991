package turgus.persistence.discount;

import jakarta.inject.Singleton;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import turgus.application.discount.port.out.PromoCodeRepository;
import turgus.application.shared.ConflictException;
import turgus.domain.discount.PromoCode;
import turgus.domain.discount.PromoValue;
import turgus.domain.shared.Money;
import turgus.persistence.shared.Sql;
import turgus.persistence.shared.SqlErrors;

/** Promo codes in {@code promo_codes}; a use is counted by a conditional update. */
@Singleton
public final class JdbcPromoCodeRepository implements PromoCodeRepository {
    private static final String COLUMNS = "SELECT code, percent_off, amount_off, min_order_total, valid_from,"
            + " valid_until, max_uses, times_used FROM promo_codes";

    private final Sql sql;

    JdbcPromoCodeRepository(Sql sql) {
        this.sql = Objects.requireNonNull(sql, "sql");
    }

    @Override
    public Optional<PromoCode> find(String code) {
        return sql.one(COLUMNS + " WHERE code = ?", JdbcPromoCodeRepository::promoCode, code);
    }

    @Override
    public List<PromoCode> all() {
        return sql.list(COLUMNS + " ORDER BY code", JdbcPromoCodeRepository::promoCode);
    }

    @Override
    public PromoCode add(PromoCode promoCode) {
        try {
            sql.update(
                    "INSERT INTO promo_codes (code, percent_off, amount_off, min_order_total, valid_from, valid_until,"
                            + " max_uses, times_used) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                    promoCode.code(),
                    Sql.orNull(percent(promoCode)),
                    Sql.orNull(amount(promoCode)),
                    promoCode.minOrderTotal().amount(),
                    Sql.orNull(promoCode.validFrom()),
                    Sql.orNull(promoCode.validUntil()),
                    Sql.orNull(promoCode.maxUses()),
                    promoCode.timesUsed());
        } catch (RuntimeException e) {
            if (SqlErrors.isUniqueViolation(e)) {
                throw ConflictException.promoCodeTaken(promoCode.code());
            }
            throw e;
        }
        return find(promoCode.code()).orElseThrow();
    }

    @Override
    public boolean updateTerms(PromoCode promoCode) {
        return sql.update(
                        "UPDATE promo_codes SET percent_off = ?, amount_off = ?, min_order_total = ?, valid_from = ?,"
                                + " valid_until = ?, max_uses = ? WHERE code = ?",
                        Sql.orNull(percent(promoCode)),
                        Sql.orNull(amount(promoCode)),
                        promoCode.minOrderTotal().amount(),
                        Sql.orNull(promoCode.validFrom()),
                        Sql.orNull(promoCode.validUntil()),
                        Sql.orNull(promoCode.maxUses()),
                        promoCode.code())
                == 1;
    }

    @Override
    public boolean delete(String code) {
        return sql.update("DELETE FROM promo_codes WHERE code = ?", code) == 1;
    }

    @Override
    public boolean countUse(String code) {
        return sql.update(
                        "UPDATE promo_codes SET times_used = times_used + 1"
                                + " WHERE code = ? AND (max_uses IS NULL OR times_used < max_uses)",
                        code)
                == 1;
    }

    private static Integer percent(PromoCode promoCode) {
        return promoCode.percent().isPresent() ? promoCode.percent().getAsInt() : null;
    }

    private static BigDecimal amount(PromoCode promoCode) {
        return promoCode.amount().map(Money::amount).orElse(null);
    }

    private static PromoCode promoCode(ResultSet row) throws SQLException {
        Integer percent = Sql.nullableInt(row, "percent_off");
        PromoValue value = percent != null
                ? new PromoValue.PercentOff(percent)
                : new PromoValue.AmountOff(new Money(row.getBigDecimal("amount_off")));
        return new PromoCode(
                row.getString("code"),
                value,
                new Money(row.getBigDecimal("min_order_total")),
                Sql.instant(row, "valid_from"),
                Sql.instant(row, "valid_until"),
                Sql.nullableInt(row, "max_uses"),
                row.getInt("times_used"));
    }
}
