package turgus.application.catalog;

import java.util.Locale;
import turgus.domain.shared.FieldRule;
import turgus.domain.shared.InvalidValueException;

/** Which products an admin listing shows. */
public enum ProductStatusFilter {
    ACTIVE,
    WITHDRAWN,
    ALL;

    public static ProductStatusFilter fromParameter(String value) {
        if (value == null || value.isBlank()) {
            return ALL;
        }
        try {
            return valueOf(value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException unknown) {
            throw new InvalidValueException("status", FieldRule.NOT_ONE_OF, "allowed", "active, withdrawn, all");
        }
    }
}
