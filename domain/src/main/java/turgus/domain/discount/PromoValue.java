package turgus.domain.discount;

import java.util.Objects;
import turgus.domain.shared.FieldRule;
import turgus.domain.shared.InvalidValueException;
import turgus.domain.shared.Money;

/** What a promo code takes off: a percent of the subtotal or a fixed amount. */
public sealed interface PromoValue {

    /** What this takes off {@code subtotal}: never more than the subtotal, percents half-even. */
    Money takenOff(Money subtotal);

    /** The value in words: "10%" or "5.00 EUR". */
    String describe();

    /** {@code percent}% off the subtotal, 1 to 100. */
    record PercentOff(int percent) implements PromoValue {
        public PercentOff {
            if (percent < 1 || percent > 100) {
                throw new InvalidValueException("percent", FieldRule.OUT_OF_RANGE, "min", 1, "max", 100);
            }
        }

        @Override
        public Money takenOff(Money subtotal) {
            return subtotal.percent(percent);
        }

        @Override
        public String describe() {
            return percent + "%";
        }
    }

    /** A fixed amount off, more than zero; on a smaller subtotal, the whole subtotal. */
    record AmountOff(Money amount) implements PromoValue {
        public static final Money MAX = Money.of(1_000_000);

        public AmountOff {
            Objects.requireNonNull(amount, "amount");
            if (!amount.isPositive()) {
                throw new InvalidValueException("amount", FieldRule.NOT_POSITIVE);
            }
            if (amount.isGreaterThan(MAX)) {
                throw new InvalidValueException("amount", FieldRule.TOO_LARGE, "max", MAX.amount());
            }
        }

        @Override
        public Money takenOff(Money subtotal) {
            return amount.isGreaterThan(subtotal) ? subtotal : amount;
        }

        @Override
        public String describe() {
            return amount.toString();
        }
    }
}
