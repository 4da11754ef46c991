package turgus.application.catalog;

import java.util.Objects;

/** A search and how many shoppers made it. */
public record SearchCount(String query, long count) {
    public SearchCount {
        Objects.requireNonNull(query, "query");
        if (count < 1) {
            throw new IllegalArgumentException("A counted search was made at least once: " + count);
        }
    }
}
