package turgus.application.catalog;

import java.util.Arrays;
import turgus.domain.shared.FieldRule;
import turgus.domain.shared.InvalidValueException;

/** The orders a catalog listing can come in, by the name integrators pass as {@code sort}. */
public enum CatalogSort {
    NAME("name"),
    PRICE("price"),
    PRICE_DESCENDING("-price"),
    NEWEST("newest"),
    /**
     * Best match first: products whose name holds every word before those that need their
     * description, then those found only by reading a typo; by name and id among equals. Only for
     * a search with words, and never named by a parameter: it is what a search without {@code sort}
     * gets.
     */
    RELEVANCE("");

    private final String parameter;

    CatalogSort(String parameter) {
        this.parameter = parameter;
    }

    public String parameter() {
        return parameter;
    }

    /** Reads the {@code sort} parameter; none means by name (see {@link #forSearch} for a search). */
    public static CatalogSort fromParameter(String value) {
        if (value == null || value.isBlank()) {
            return NAME;
        }
        return Arrays.stream(values())
                .filter(sort -> sort != RELEVANCE && sort.parameter.equals(value.strip()))
                .findFirst()
                .orElseThrow(() -> new InvalidValueException(
                        "sort", FieldRule.NOT_ONE_OF, "allowed", "name, price, -price, newest"));
    }

    /** Reads the {@code sort} parameter of a listing that may search: none means by relevance when {@code text} holds words. */
    public static CatalogSort forSearch(String value, String text) {
        if ((value == null || value.isBlank()) && text != null && !text.isBlank()) {
            return RELEVANCE;
        }
        return fromParameter(value);
    }
}
