package turgus.persistence.catalog;

import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import turgus.application.catalog.SearchCount;
import turgus.application.catalog.port.out.SearchLog;
import turgus.domain.account.UserId;
import turgus.persistence.shared.DatabaseTime;

/** Shoppers' searches in {@code search_log}. */
@Singleton
public final class JdbcSearchLog implements SearchLog {
    private final SearchLogRowRepository rows;

    JdbcSearchLog(SearchLogRowRepository rows) {
        this.rows = Objects.requireNonNull(rows, "rows");
    }

    @Override
    public void record(String query, UserId searcher, Instant at) {
        rows.save(new SearchLogRow(null, query, searcher.value(), DatabaseTime.of(at)));
    }

    @Override
    public List<String> madeBySince(UserId searcher, Instant since) {
        return rows.queriesOfSince(searcher.value(), DatabaseTime.of(since));
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
