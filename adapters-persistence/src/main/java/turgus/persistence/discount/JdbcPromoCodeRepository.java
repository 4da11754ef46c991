package turgus.persistence.discount;

import jakarta.inject.Singleton;
import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import turgus.application.discount.port.out.PromoCodeRepository;
import turgus.application.shared.ConflictException;
import turgus.domain.discount.PromoCode;
import turgus.domain.discount.PromoValue;
import turgus.domain.shared.Money;
import turgus.persistence.shared.DatabaseTime;
import turgus.persistence.shared.SqlErrors;

/** Promo codes in {@code promo_codes}; a use is counted by a conditional update. */
@Singleton
public final class JdbcPromoCodeRepository implements PromoCodeRepository {
    private final PromoCodeRowRepository rows;

    JdbcPromoCodeRepository(PromoCodeRowRepository rows) {
        this.rows = Objects.requireNonNull(rows, "rows");
    }

    @Override
    public Optional<PromoCode> find(String code) {
        return rows.findById(code).map(JdbcPromoCodeRepository::toPromoCode);
    }

    @Override
    public List<PromoCode> all() {
        return rows.findAllByCode().stream()
                .map(JdbcPromoCodeRepository::toPromoCode)
                .toList();
    }

    @Override
    public PromoCode add(PromoCode promoCode) {
        try {
            rows.save(new PromoCodeRow(
                    promoCode.code(),
                    percent(promoCode),
                    amount(promoCode),
                    promoCode.minOrderTotal().amount(),
                    DatabaseTime.of(promoCode.validFrom()),
                    DatabaseTime.of(promoCode.validUntil()),
                    promoCode.maxUses(),
                    promoCode.timesUsed()));
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
        return rows.updateTerms(
                        promoCode.code(),
                        percent(promoCode),
                        amount(promoCode),
                        promoCode.minOrderTotal().amount(),
                        DatabaseTime.of(promoCode.validFrom()),
                        DatabaseTime.of(promoCode.validUntil()),
                        promoCode.maxUses())
                == 1;
    }

    @Override
    public boolean delete(String code) {
        return rows.deleteCode(code) == 1;
    }

    @Override
    public boolean countUse(String code) {
        return rows.countUse(code) == 1;
    }

    private static Integer percent(PromoCode promoCode) {
        return promoCode.percent().isPresent() ? promoCode.percent().getAsInt() : null;
    }

    private static BigDecimal amount(PromoCode promoCode) {
        return promoCode.amount().map(Money::amount).orElse(null);
    }

    private static PromoCode toPromoCode(PromoCodeRow row) {
        PromoValue value = row.percentOff() != null
                ? new PromoValue.PercentOff(row.percentOff())
                : new PromoValue.AmountOff(new Money(row.amountOff()));
        return new PromoCode(
                row.code(),
                value,
                new Money(row.minOrderTotal()),
                row.validFrom(),
                row.validUntil(),
                row.maxUses(),
                row.timesUsed());
    }
}
