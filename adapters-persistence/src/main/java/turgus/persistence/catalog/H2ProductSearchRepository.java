package turgus.persistence.catalog;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import java.time.Instant;
import java.util.Collection;
import java.util.List;

/**
 * Search on H2 (migration {@code vendor/h2/V20}) over {@code product_search_terms}. A query has
 * {@code SearchQuery.MAX_WORDS} word slots, each matched by a word beginning with its prefix (a
 * range {@code [from, to)} on the primary key) or equal to one of its spellings (the word as typed
 * and the words it may be a typo of); a query of fewer words repeats them, which changes nothing.
 */
@JdbcRepository(dialect = Dialect.POSTGRES)
interface H2ProductSearchRepository extends GenericRepository<ProductRow, Long> {
    String SLOT_1 = "SELECT product_id FROM product_search_terms WHERE word >= :from1 AND word < :to1"
            + " UNION SELECT product_id FROM product_search_terms WHERE word IN (:spellings1)";
    String SLOT_2 = "SELECT product_id FROM product_search_terms WHERE word >= :from2 AND word < :to2"
            + " UNION SELECT product_id FROM product_search_terms WHERE word IN (:spellings2)";
    String SLOT_3 = "SELECT product_id FROM product_search_terms WHERE word >= :from3 AND word < :to3"
            + " UNION SELECT product_id FROM product_search_terms WHERE word IN (:spellings3)";
    String SLOT_4 = "SELECT product_id FROM product_search_terms WHERE word >= :from4 AND word < :to4"
            + " UNION SELECT product_id FROM product_search_terms WHERE word IN (:spellings4)";
    String NAME_SLOT_1 = "SELECT product_id FROM product_search_terms WHERE in_name AND word >= :from1 AND word < :to1"
            + " UNION SELECT product_id FROM product_search_terms WHERE in_name AND word IN (:spellings1)";
    String NAME_SLOT_2 = "SELECT product_id FROM product_search_terms WHERE in_name AND word >= :from2 AND word < :to2"
            + " UNION SELECT product_id FROM product_search_terms WHERE in_name AND word IN (:spellings2)";
    String NAME_SLOT_3 = "SELECT product_id FROM product_search_terms WHERE in_name AND word >= :from3 AND word < :to3"
            + " UNION SELECT product_id FROM product_search_terms WHERE in_name AND word IN (:spellings3)";
    String NAME_SLOT_4 = "SELECT product_id FROM product_search_terms WHERE in_name AND word >= :from4 AND word < :to4"
            + " UNION SELECT product_id FROM product_search_terms WHERE in_name AND word IN (:spellings4)";

    /** The products holding every slot's word, those whose name holds them all first by relevance. */
    @Query(ProductSearchSql.PAGE_START
            + "CASE WHEN id IN (" + NAME_SLOT_1 + ") AND id IN (" + NAME_SLOT_2 + ") AND id IN (" + NAME_SLOT_3
            + ") AND id IN (" + NAME_SLOT_4 + ") THEN 0 ELSE 1 END AS tier"
            + " FROM products"
            + " WHERE id IN (" + SLOT_1 + ") AND id IN (" + SLOT_2 + ") AND id IN (" + SLOT_3 + ") AND id IN ("
            + SLOT_4 + ")"
            + ProductSearchSql.FILTERS
            + ProductSearchSql.PAGE_END)
    @SuppressWarnings("checkstyle:ParameterNumber")
    List<FoundProductRow> find(
            String from1,
            String to1,
            Collection<String> spellings1,
            String from2,
            String to2,
            Collection<String> spellings2,
            String from3,
            String to3,
            Collection<String> spellings3,
            String from4,
            String to4,
            Collection<String> spellings4,
            boolean includeActive,
            boolean includeWithdrawn,
            boolean onSaleOnly,
            Instant now,
            String sort,
            int limit,
            long offset);

    /**
     * The catalog's words that begin with {@code :first} (the typed word's first letter, as a range)
     * and whose length is within reach: the candidates a typo may stand for.
     */
    @Query("SELECT word FROM product_search_words WHERE word >= :from AND word < :to"
            + " AND CHAR_LENGTH(word) BETWEEN :shortest AND :longest")
    List<String> wordsBetween(String from, String to, int shortest, int longest);
}
