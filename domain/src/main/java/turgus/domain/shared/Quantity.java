package turgus.domain.shared;

/** A positive number of items, as added to a cart or to stock. */
public record Quantity(int value) {
    public static final int MAX = 1_000_000;

    public Quantity {
        if (value < 1) {
            throw new InvalidValueException("quantity", FieldRule.TOO_SMALL, "min", 1);
        }
        if (value > MAX) {
            throw new InvalidValueException("quantity", FieldRule.TOO_LARGE, "max", MAX);
        }
    }

    public static Quantity of(int value) {
        return new Quantity(value);
    }
}
