package turgus.domain.discount;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Pattern;
import turgus.domain.shared.FieldRule;
import turgus.domain.shared.FieldValidation;
import turgus.domain.shared.InvalidValueException;
import turgus.domain.shared.Money;

/**
 * A code that customers type into the cart for a discount: a percent or a fixed amount off an order of
 * at least {@code minOrderTotal}, from {@code validFrom} (inclusive) until {@code validUntil}
 * (exclusive), at most {@code maxUses} times in all.
 *
 * @param code 3 to 32 of {@code A-Z 0-9 - _}, stored upper-case
 * @param value what the code takes off
 * @param minOrderTotal the smallest subtotal it applies to; zero for any
 * @param validFrom from when it may be used, or null for at once
 * @param validUntil the moment it stops working, or null for never
 * @param maxUses how many orders may use it in all, or null for no limit
 * @param timesUsed how many orders used it so far
 */
public record PromoCode(
        String code,
        PromoValue value,
        Money minOrderTotal,
        Instant validFrom,
        Instant validUntil,
        Integer maxUses,
        int timesUsed) {

    public static final int MIN_LENGTH = 3;
    public static final int MAX_LENGTH = 32;
    private static final Pattern SHAPE = Pattern.compile("^[A-Z0-9_-]{" + MIN_LENGTH + "," + MAX_LENGTH + "}$");

    public PromoCode {
        code = normalise(code);
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(minOrderTotal, "minOrderTotal");
        if (minOrderTotal.isNegative()) {
            throw new InvalidValueException("minOrderTotal", FieldRule.NEGATIVE);
        }
        if (validFrom != null && validUntil != null && !validUntil.isAfter(validFrom)) {
            throw new InvalidValueException("validUntil", FieldRule.NOT_AFTER, "other", "validFrom");
        }
        if (maxUses != null && maxUses < 1) {
            throw new InvalidValueException("maxUses", FieldRule.TOO_SMALL, "min", 1);
        }
        if (timesUsed < 0) {
            throw new IllegalArgumentException("A code is never used a negative number of times: " + timesUsed);
        }
    }

    /**
     * Reads an admin's promo code form, reporting every mistake at once. Exactly one of {@code percent}
     * and {@code amount} is given; a missing minimum means any order.
     */
    public static PromoCode define(
            String code,
            Integer percent,
            BigDecimal amount,
            BigDecimal minOrderTotal,
            Instant validFrom,
            Instant validUntil,
            Integer maxUses) {
        FieldValidation validation = new FieldValidation();
        String name = validation.check(() -> normalise(code));
        PromoValue value = null;
        if (percent == null && amount == null) {
            validation.reject("percent", FieldRule.REQUIRED_UNLESS, "other", "amount");
        } else if (percent != null && amount != null) {
            validation.reject("amount", FieldRule.NOT_WITH, "other", "percent");
        } else if (percent != null) {
            value = validation.check(() -> new PromoValue.PercentOff(percent));
        } else {
            value = validation.check(() -> new PromoValue.AmountOff(Money.parse("amount", amount)));
        }
        Money minimum = minOrderTotal == null
                ? Money.ZERO
                : validation.check(() -> Money.parse("minOrderTotal", minOrderTotal));
        if (minimum != null && minimum.isNegative()) {
            validation.reject("minOrderTotal", FieldRule.NEGATIVE);
        }
        if (validFrom != null && validUntil != null && !validUntil.isAfter(validFrom)) {
            validation.reject("validUntil", FieldRule.NOT_AFTER, "other", "validFrom");
        }
        if (maxUses != null && maxUses < 1) {
            validation.reject("maxUses", FieldRule.TOO_SMALL, "min", 1);
        }
        validation.throwIfInvalid();
        return new PromoCode(name, value, minimum, validFrom, validUntil, maxUses, 0);
    }

    /** A code as typed: trimmed and upper-cased, then checked for its shape (field {@code code}). */
    public static String normalise(String typed) {
        String code = typed == null ? "" : typed.strip().toUpperCase(Locale.ROOT);
        if (code.isEmpty()) {
            throw new InvalidValueException("code", FieldRule.REQUIRED);
        }
        if (!SHAPE.matcher(code).matches()) {
            throw new InvalidValueException(
                    "code", FieldRule.INVALID_CODE_FORMAT, "min", MIN_LENGTH, "max", MAX_LENGTH);
        }
        return code;
    }

    /**
     * Whether this code may be used at {@code now} for an order of {@code subtotal}. The reasons are
     * checked in this order: not valid yet, expired, used up, minimum not met.
     */
    public PromoCodeCheck checkApplicable(Money subtotal, Instant now) {
        Objects.requireNonNull(subtotal, "subtotal");
        Objects.requireNonNull(now, "now");
        if (validFrom != null && now.isBefore(validFrom)) {
            return PromoCodeCheck.rejected(code, PromoCodeProblem.NOT_YET_VALID);
        }
        if (validUntil != null && !now.isBefore(validUntil)) {
            return PromoCodeCheck.rejected(code, PromoCodeProblem.EXPIRED);
        }
        if (isUsedUp()) {
            return PromoCodeCheck.rejected(code, PromoCodeProblem.USED_UP);
        }
        if (minOrderTotal.isGreaterThan(subtotal)) {
            return PromoCodeCheck.minimumNotMet(code, minOrderTotal);
        }
        return PromoCodeCheck.applicable(code);
    }

    /** What this code takes off {@code subtotal}, whether or not it may be used now. */
    public Money discountOn(Money subtotal) {
        return value.takenOff(subtotal);
    }

    public boolean isUsedUp() {
        return maxUses != null && timesUsed >= maxUses;
    }

    /** How many more orders may use it; empty when there is no limit. */
    public OptionalInt usesLeft() {
        return maxUses == null ? OptionalInt.empty() : OptionalInt.of(Math.max(0, maxUses - timesUsed));
    }

    /** This code once an order has used it. */
    public PromoCode used() {
        if (isUsedUp()) {
            throw new IllegalStateException("Promo code " + code + " is used up");
        }
        return new PromoCode(code, value, minOrderTotal, validFrom, validUntil, maxUses, timesUsed + 1);
    }

    /** The code with new terms from an admin, keeping its name and how often it was used. */
    public PromoCode changeTerms(PromoCode terms) {
        return new PromoCode(
                code, terms.value, terms.minOrderTotal, terms.validFrom, terms.validUntil, terms.maxUses, timesUsed);
    }

    public OptionalInt percent() {
        return value instanceof PromoValue.PercentOff off ? OptionalInt.of(off.percent()) : OptionalInt.empty();
    }

    public Optional<Money> amount() {
        return value instanceof PromoValue.AmountOff off ? Optional.of(off.amount()) : Optional.empty();
    }
}
