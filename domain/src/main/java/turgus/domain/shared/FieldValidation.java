package turgus.domain.shared;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Builds several values from raw input and reports every broken rule at once, so that a form shows
 * all its mistakes in one answer instead of one per try.
 */
public final class FieldValidation {
    private final List<FieldError> errors = new ArrayList<>();

    /** Builds a value; if a rule refuses it, remembers why and answers null. */
    public <T> T check(Supplier<T> construction) {
        try {
            return construction.get();
        } catch (InvalidValueException invalid) {
            errors.addAll(invalid.errors());
            return null;
        }
    }

    /** Builds a value only when the raw input is present (a partial update). */
    public <R, T> T checkIfPresent(R raw, Function<R, T> construction) {
        return raw == null ? null : check(() -> construction.apply(raw));
    }

    public void reject(String field, FieldRule rule, Object... namesAndValues) {
        errors.add(FieldError.of(field, rule, namesAndValues));
    }

    public void reject(FieldError error) {
        errors.add(error);
    }

    public void throwIfInvalid() {
        if (!errors.isEmpty()) {
            throw new InvalidValueException(errors);
        }
    }
}
