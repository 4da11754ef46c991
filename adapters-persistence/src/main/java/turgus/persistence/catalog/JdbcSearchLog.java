package turgus.persistence.catalog;

import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import turgus.application.catalog.SearchCount;
import turgus.application.catalog.port.out.SearchLog;
import turgus.domain.account.UserId;
import turgus.persistence.shared.Sql;

/** Shoppers' searches in {@code search_log}. */
@Singleton
public final class JdbcSearchLog implements SearchLog {
    private final Sql sql;

    JdbcSearchLog(Sql sql) {
        this.sql = Objects.requireNonNull(sql, "sql");
    }

    @Override
    public void record(String query, UserId searcher, Instant at) {
        sql.update(
                "INSERT INTO search_log (query, user_id, searched_at) VALUES (?, ?, ?)", query, searcher.value(), at);
    }

    @Override
    public List<SearchCount> mostSearchedSince(Instant since, int limit) {
        return sql.list(
                "SELECT query, COUNT(DISTINCT user_id) AS searchers FROM search_log WHERE searched_at >= ?"
                        + " GROUP BY query ORDER BY searchers DESC, query LIMIT ?",
                row -> new SearchCount(row.getString("query"), row.getLong("searchers")),
                since,
                limit);
    }

    @Override
    public int deleteBefore(Instant before) {
        return sql.update("DELETE FROM search_log WHERE searched_at < ?", before);
    }
}
