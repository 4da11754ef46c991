package turgus.persistence.catalog;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import turgus.application.catalog.CatalogSort;
import turgus.domain.catalog.search.SearchQuery;

/**
 * The database's own way of finding products by their words: PostgreSQL's full-text and trigram
 * indexes, or H2's table of terms. Both answer the same questions; {@link JdbcProductRepository}
 * decides when to ask which.
 */
interface ProductSearchIndex {
    /**
     * A page of the products that hold every word of {@code query}, each as the beginning of one of
     * their words or as the catalog word given for it, with the number found in all.
     *
     * @param typos for some words, the catalog word each most likely stands for; none for a search as typed
     */
    List<FoundProductRow> find(
            SearchQuery query,
            Map<SearchQuery.Word, String> typos,
            Filters filters,
            CatalogSort sort,
            int limit,
            long offset);

    /** The catalog's words that {@code typed} may be a typo of: a superset that the caller narrows. */
    List<String> candidatesFor(SearchQuery.Word typed);

    /** The status and sale filters of a listing. */
    record Filters(boolean includeActive, boolean includeWithdrawn, boolean onSaleOnly, Instant now) {}
}
