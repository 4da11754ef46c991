package turgus.persistence.catalog;

/**
 * The parts that the search statements of both databases share: the filters every listing may
 * apply, and one {@code ORDER BY} for every order a search can come in, chosen by the {@code :sort}
 * parameter (a {@code CatalogSort} name). A search sorts only what it found, so no index has to
 * serve its order; listings without words have one statement per order instead, each served by an
 * index ({@link ProductRowRepository}).
 */
final class ProductSearchSql {
    static final String COLUMNS = "id, name, description, price, stock, active, sale_percent, sale_ends_at, image_name,"
            + " created_at, updated_at";

    /** Active ones, withdrawn ones or both; with {@code :onSaleOnly}, those whose sale runs at {@code :now}. */
    static final String FILTERS = " AND ((:includeActive AND active) OR (:includeWithdrawn AND NOT active))"
            + " AND (NOT :onSaleOnly OR (sale_percent IS NOT NULL AND (sale_ends_at IS NULL OR sale_ends_at > :now)))";

    /** Wraps a query answering the columns and a {@code tier}: counts all, sorts and cuts one page. */
    static final String PAGE_START = "SELECT found.*, COUNT(*) OVER () AS total_found FROM (SELECT " + COLUMNS + ", ";

    static final String PAGE_END = ") found ORDER BY"
            + " CASE WHEN :sort = 'RELEVANCE' THEN found.tier END,"
            + " CASE WHEN :sort IN ('RELEVANCE', 'NAME') THEN found.name END,"
            + " CASE WHEN :sort = 'PRICE' THEN found.price END,"
            + " CASE WHEN :sort = 'PRICE_DESCENDING' THEN found.price END DESC,"
            + " CASE WHEN :sort = 'NEWEST' THEN found.created_at END DESC,"
            + " CASE WHEN :sort = 'NEWEST' THEN found.id END DESC,"
            + " found.id"
            + " LIMIT :limit OFFSET :offset";

    private ProductSearchSql() {}
}
