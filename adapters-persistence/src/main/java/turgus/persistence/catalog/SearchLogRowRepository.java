package turgus.persistence.catalog;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.time.Instant;
import java.util.Collection;
import java.util.List;

/** SQL for {@code search_log}. */
@JdbcRepository(dialect = Dialect.POSTGRES)
interface SearchLogRowRepository extends CrudRepository<SearchLogRow, Long> {
    @Query("SELECT query, COUNT(DISTINCT user_id) AS searchers FROM search_log WHERE searched_at >= :since"
            + " GROUP BY query ORDER BY searchers DESC, query LIMIT :limit")
    List<SearchCountRow> countSearchersSince(Instant since, int limit);

    @Query("DELETE FROM search_log WHERE user_id = :userId AND searched_at >= :since AND query IN (:queries)")
    int deleteOfSince(long userId, Collection<String> queries, Instant since);

    @Query("DELETE FROM search_log WHERE searched_at < :before")
    int deleteBefore(Instant before);
}
