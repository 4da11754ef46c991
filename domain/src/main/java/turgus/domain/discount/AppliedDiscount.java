package turgus.domain.discount;

import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import turgus.domain.shared.Money;

/**
 * A discount as the cart and the order show it: where it comes from ({@code kind}), what it is
 * called — the product on sale, the loyalty tier, the promo code — its percent when it has one, and
 * the amount it takes off, always more than zero. Words are an adapter's job.
 *
 * <p>Orders paid before discounts were stored this way kept only the words they were shown with:
 * such a discount is {@linkplain #worded(DiscountKind, String, Money) worded}, and its name is those
 * words.
 */
public record AppliedDiscount(DiscountKind kind, String name, Integer percent, Money amount, boolean worded) {
    public AppliedDiscount {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(amount, "amount");
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("A discount has a name");
        }
        if (percent != null && (percent < 1 || percent > 100)) {
            throw new IllegalArgumentException("A discount's percent is 1 to 100: " + percent);
        }
        if (!amount.isPositive()) {
            throw new IllegalArgumentException("A discount takes something off: " + amount);
        }
    }

    public static AppliedDiscount of(DiscountKind kind, String name, Integer percent, Money amount) {
        return new AppliedDiscount(kind, name, percent, amount, false);
    }

    /** A discount of an order paid before discounts were stored by name: only its words are known. */
    public static AppliedDiscount worded(DiscountKind kind, String words, Money amount) {
        return new AppliedDiscount(kind, words, null, amount, true);
    }

    public OptionalInt percentOff() {
        return percent == null ? OptionalInt.empty() : OptionalInt.of(percent);
    }

    /** The same discount taking {@code less} off (held to a smaller subtotal). */
    public AppliedDiscount takingOff(Money less) {
        return new AppliedDiscount(kind, name, percent, less, worded);
    }

    /** The name, unless the discount is only known by its words. */
    public Optional<String> knownName() {
        return worded ? Optional.empty() : Optional.of(name);
    }
}
