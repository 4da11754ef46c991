package turgus.persistence.catalog;

import io.micronaut.core.annotation.Introspected;

/** A search and how many different shoppers made it (a projection of {@code search_log}). */
@Introspected
record SearchCountRow(String query, long searchers) {}
