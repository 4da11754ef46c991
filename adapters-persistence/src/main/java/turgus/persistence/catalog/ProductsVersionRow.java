package turgus.persistence.catalog;

import io.micronaut.core.annotation.Introspected;

/**
 * What changes whenever what listings show of the products may have changed: the newest id (a
 * product added) and the number of the latest edit ({@code listing_change}: a product renamed,
 * repriced, withdrawn or brought back, migration V26). Both are read from the ends of indexes. A
 * change of stock alone leaves it as it is.
 */
@Introspected
record ProductsVersionRow(long lastId, long lastChange) {}
