package turgus.persistence.catalog;

import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import turgus.application.catalog.CatalogSort;
import turgus.domain.catalog.search.SearchQuery;
import turgus.persistence.shared.DatabaseTime;

/** Search through PostgreSQL's full-text index: the words become one {@code tsquery}. */
@Singleton
@Requires(property = "datasources.default.url", pattern = "jdbc:postgresql:.*")
final class PostgresProductSearch implements ProductSearchIndex {
    private final PostgresProductSearchRepository rows;

    PostgresProductSearch(PostgresProductSearchRepository rows) {
        this.rows = Objects.requireNonNull(rows, "rows");
    }

    @Override
    public List<FoundProductRow> find(
            SearchQuery query,
            Map<SearchQuery.Word, List<String>> typos,
            Filters filters,
            CatalogSort sort,
            int limit,
            long offset) {
        return rows.find(
                tsquery(query, typos),
                filters.includeActive(),
                filters.includeWithdrawn(),
                filters.onSaleOnly(),
                DatabaseTime.of(filters.now()),
                sort.name(),
                limit,
                offset);
    }

    @Override
    public List<String> candidatesFor(SearchQuery.Word typed) {
        return rows.wordsLike(typed.typed());
    }

    /**
     * {@code 'lapt':* & ('cofee':* | 'coffee')}: every word as a prefix, or one of its typo
     * spellings exactly. Words hold only letters and digits; the spellings come from the index and
     * are quoted as tsquery literals.
     */
    static String tsquery(SearchQuery query, Map<SearchQuery.Word, List<String>> typos) {
        return query.words().stream()
                .map(word -> {
                    String prefix = literal(word.prefix()) + ":*";
                    List<String> spellings = typos.getOrDefault(word, List.of());
                    if (spellings.isEmpty()) {
                        return prefix;
                    }
                    return "(" + prefix + " | "
                            + spellings.stream()
                                    .map(PostgresProductSearch::literal)
                                    .collect(Collectors.joining(" | "))
                            + ")";
                })
                .collect(Collectors.joining(" & "));
    }

    private static String literal(String lexeme) {
        return "'" + lexeme.replace("\\", "\\\\").replace("'", "''") + "'";
    }
}
