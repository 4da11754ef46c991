package turgus.persistence.catalog;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import java.time.Instant;

/**
 * What changes whenever the products' counts may have changed: the newest id (a product added) and
 * the latest change (a product withdrawn, brought back or otherwise written). Both are read from
 * the ends of indexes.
 */
@Introspected
record ProductsVersionRow(long lastId, @Nullable Instant lastChange) {}
