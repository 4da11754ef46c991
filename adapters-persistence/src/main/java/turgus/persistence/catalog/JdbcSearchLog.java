package turgus.persistence.catalog;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import turgus.application.catalog.SearchCount;
import turgus.application.catalog.port.out.SearchLog;
import turgus.domain.account.UserId;
import turgus.persistence.shared.DatabaseTime;

/**
 * Shoppers' searches in {@code search_log}. A shopper's searches of the last seconds are read on
 * every search (to tell a search from the ones typed on the way to it), so that statement is bound
 * and read with plain JDBC, as the other statements of every request are; the rest goes through
 * Micronaut Data.
 */
@Singleton
public final class JdbcSearchLog implements SearchLog {
    /** A shopper's searches since a moment, read through the shopper's index: user id, since. */
    static final String QUERIES_OF_SINCE =
            "SELECT DISTINCT query FROM search_log WHERE user_id = ? AND searched_at >= ?";

    private final SearchLogRowRepository rows;
    private final JdbcOperations jdbc;

    JdbcSearchLog(SearchLogRowRepository rows, JdbcOperations jdbc) {
        this.rows = Objects.requireNonNull(rows, "rows");
        this.jdbc = Objects.requireNonNull(jdbc, "jdbc");
    }

    @Override
    public void record(String query, UserId searcher, Instant at) {
        rows.save(new SearchLogRow(null, query, searcher.value(), DatabaseTime.of(at)));
    }

    @Override
    public List<String> madeBySince(UserId searcher, Instant since) {
        return jdbc.execute(connection -> {
            try (PreparedStatement statement = connection.prepareStatement(QUERIES_OF_SINCE)) {
                statement.setLong(1, searcher.value());
                statement.setObject(2, DatabaseTime.of(since).atOffset(ZoneOffset.UTC));
                try (ResultSet found = statement.executeQuery()) {
                    List<String> queries = new ArrayList<>();
                    while (found.next()) {
                        queries.add(found.getString(1));
                    }
                    return queries;
                }
            }
        });
    }

    @Override
    public void forget(UserId searcher, Collection<String> queries, Instant since) {
        if (!queries.isEmpty()) {
            rows.deleteOfSince(searcher.value(), queries, DatabaseTime.of(since));
        }
    }

    @Override
    public List<SearchCount> mostSearchedSince(Instant since, int limit) {
        return rows.countSearchersSince(DatabaseTime.of(since), limit).stream()
                .map(row -> new SearchCount(row.query(), row.searchers()))
                .toList();
    }

    @Override
    public int deleteBefore(Instant before) {
        return rows.deleteBefore(DatabaseTime.of(before));
    }
}
