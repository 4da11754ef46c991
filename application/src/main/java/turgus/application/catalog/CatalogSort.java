package turgus.application.catalog;

import java.util.Arrays;
import turgus.domain.shared.FieldRule;
import turgus.domain.shared.InvalidValueException;

/** The orders a catalog listing can come in, by the name integrators pass as {@code sort}. */
public enum CatalogSort {
    NAME("name"),
    PRICE("price"),
    PRICE_DESCENDING("-price"),
    NEWEST("newest");

    private final String parameter;

    CatalogSort(String parameter) {
        this.parameter = parameter;
    }

    public String parameter() {
        return parameter;
    }

    /** Reads the {@code sort} parameter; none means by name. */
    public static CatalogSort fromParameter(String value) {
        if (value == null || value.isBlank()) {
            return NAME;
        }
        return Arrays.stream(values())
                .filter(sort -> sort.parameter.equals(value.strip()))
                .findFirst()
                .orElseThrow(() -> new InvalidValueException(
                        "sort", FieldRule.NOT_ONE_OF, "allowed", "name, price, -price, newest"));
    }
}
