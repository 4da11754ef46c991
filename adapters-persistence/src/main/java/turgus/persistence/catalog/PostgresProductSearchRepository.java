package turgus.persistence.catalog;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import java.time.Instant;
import java.util.List;

/**
 * Search on PostgreSQL (migrations {@code vendor/postgresql/V20} and {@code V25}): the words through
 * the GIN full-text index {@code ix_products_search} on the kept words of name and description
 * ({@code search_words}), typos through the trigram index of the vocabulary. The kept words of the
 * name alone ({@code name_words}) rank name matches first without parsing any text again.
 */
@JdbcRepository(dialect = Dialect.POSTGRES)
interface PostgresProductSearchRepository extends GenericRepository<ProductRow, Long> {
    /**
     * The products whose words answer {@code :words} (a {@code tsquery} such as {@code 'lapt':* &
     * ('cofee':* | 'coffee')}), those whose name alone answers it first when sorted by relevance.
     */
    @Query(ProductSearchSql.PAGE_START
            + "CASE WHEN name_words @@ to_tsquery('simple', :words) THEN 0 ELSE 1 END AS tier"
            + " FROM products"
            + " WHERE search_words @@ to_tsquery('simple', :words)"
            + ProductSearchSql.FILTERS
            + ProductSearchSql.PAGE_END)
    List<FoundProductRow> find(
            String words,
            boolean includeActive,
            boolean includeWithdrawn,
            boolean onSaleOnly,
            Instant now,
            String sort,
            int limit,
            long offset);

    /**
     * The catalog's words that share enough trigrams with {@code :typed} (pg_trgm's {@code %}, at
     * its similarity threshold) and begin with the same letter: the candidates a typo may stand for.
     */
    @Query("SELECT word FROM product_search_words"
            + " WHERE word OPERATOR(public.%) :typed AND LEFT(word, 1) = LEFT(:typed, 1) LIMIT 200")
    List<String> wordsLike(String typed);
}
