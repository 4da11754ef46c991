package turgus.persistence.catalog;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import java.time.Instant;
import java.util.List;

/**
 * Search on H2 (migration {@code vendor/h2/V20}) over {@code product_search_terms}. The statement
 * has one slot per word, up to {@code SearchQuery.MAX_WORDS}, each matched by a word beginning with
 * its prefix (a range {@code [from, to)} on the primary key) or equal to its spelling (the catalog
 * word it stands for if it holds a typo, else the empty string, which no word is); a slot no word
 * fills has the empty range {@code ['', '')}. Each condition is a range or an equality on the key, so every one is an index
 * lookup, and each word's entries are read once.
 */
@JdbcRepository(dialect = Dialect.POSTGRES)
interface H2ProductSearchRepository extends GenericRepository<ProductRow, Long> {
    /** Every (product, slot 1) that a word of the product's name or description answers; likewise below. */
    String SLOT1 =
            " SELECT product_id, in_name, 1 AS slot FROM product_search_terms WHERE word >= :from1 AND word < :to1"
                    + " UNION ALL SELECT product_id, in_name, 1 FROM product_search_terms WHERE word = :spelling1";

    String SLOT2 =
            " UNION ALL SELECT product_id, in_name, 2 FROM product_search_terms WHERE word >= :from2 AND word < :to2"
                    + " UNION ALL SELECT product_id, in_name, 2 FROM product_search_terms WHERE word = :spelling2";

    String SLOT3 =
            " UNION ALL SELECT product_id, in_name, 3 FROM product_search_terms WHERE word >= :from3 AND word < :to3"
                    + " UNION ALL SELECT product_id, in_name, 3 FROM product_search_terms WHERE word = :spelling3";

    String SLOT4 =
            " UNION ALL SELECT product_id, in_name, 4 FROM product_search_terms WHERE word >= :from4 AND word < :to4"
                    + " UNION ALL SELECT product_id, in_name, 4 FROM product_search_terms WHERE word = :spelling4";

    /**
     * Wraps the hits of {@code n} slots: the products that answer every slot, each with the number of
     * slots its name alone answers, found in one pass over the index ranges of the words and grouped;
     * then each product is read by its id. The {@code + 0} keeps it that way: joined on the bare
     * column, H2 may instead walk every product and look up its words in the matches (pushing
     * {@code product_id = ?} into them), which at 10,000 products read 50 times as many rows and took
     * a typo search from milliseconds to seconds. Those whose name holds every word come first by
     * relevance.
     */
    String MATCHES_START = ProductSearchSql.PAGE_START
            + "CASE WHEN m.name_slots = m.slots THEN 0 ELSE 1 END AS tier FROM ("
            + "SELECT product_id, COUNT(DISTINCT slot) AS slots, COUNT(DISTINCT CASE WHEN in_name THEN slot END) AS name_slots"
            + " FROM (";

    String MATCHES_END = ") hits GROUP BY product_id HAVING COUNT(DISTINCT slot) = ";

    String PRODUCTS = ") m JOIN products ON products.id = m.product_id + 0 WHERE TRUE"
            + ProductSearchSql.FILTERS
            + ProductSearchSql.PAGE_END;

    /**
     * The products that answer every one of the {@code :words} slots in use; a slot not in use has
     * an empty range and the spelling "", so it reads no entry.
     */
    @Query(MATCHES_START + SLOT1 + SLOT2 + SLOT3 + SLOT4 + MATCHES_END + ":words" + PRODUCTS)
    @SuppressWarnings("checkstyle:ParameterNumber")
    List<FoundProductRow> find(
            int words,
            String from1,
            String to1,
            String spelling1,
            String from2,
            String to2,
            String spelling2,
            String from3,
            String to3,
            String spelling3,
            String from4,
            String to4,
            String spelling4,
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
