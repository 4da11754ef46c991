package turgus.domain.testing

import java.time.Instant
import turgus.domain.discount.PromoCode
import turgus.domain.discount.PromoValue
import turgus.domain.shared.Money

/**
 * Test data for promo codes: {@code aPromoCode().named('SAVE5').amountOff('5.00').minimum('20').build()}.
 * By default 10% off any order, valid at any time, without a usage limit.
 */
class PromoCodeFixtures {
    static PromoCodeBuilder aPromoCode() {
        new PromoCodeBuilder()
    }

    static class PromoCodeBuilder {
        private String code = 'WELCOME'
        private PromoValue value = new PromoValue.PercentOff(10)
        private String minimum = '0'
        private Instant validFrom
        private Instant validUntil
        private Integer maxUses
        private int timesUsed

        PromoCodeBuilder named(String value) { code = value; this }
        PromoCodeBuilder percentOff(int percent) { value = new PromoValue.PercentOff(percent); this }
        PromoCodeBuilder amountOff(String amount) { value = new PromoValue.AmountOff(Money.of(amount)); this }
        PromoCodeBuilder minimum(String amount) { minimum = amount; this }
        PromoCodeBuilder validFrom(Instant value) { validFrom = value; this }
        PromoCodeBuilder validUntil(Instant value) { validUntil = value; this }
        PromoCodeBuilder maxUses(Integer value) { maxUses = value; this }
        PromoCodeBuilder timesUsed(int value) { timesUsed = value; this }

        PromoCode build() {
            new PromoCode(code, value, Money.of(minimum), validFrom, validUntil, maxUses, timesUsed)
        }
    }
}
