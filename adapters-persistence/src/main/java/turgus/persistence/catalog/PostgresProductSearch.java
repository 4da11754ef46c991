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
            Map<SearchQuery.Word, String> typos,
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
     * {@code 'lapt':* & ('cofee':* | 'coffee')}: every word as a prefix, or as the catalog word it
     * stands for. Typed words hold only letters and digits; catalog words come from the index and may
     * hold more, so every word is quoted as a tsquery literal.
     */
    static String tsquery(SearchQuery query, Map<SearchQuery.Word, String> typos) {
        return query.words().stream()
                .map(word -> {
                    String prefix = literal(word.prefix()) + ":*";
                    String meant = typos.get(word);
                    return meant == null ? prefix : "(" + prefix + " | " + literal(meant) + ")";
                })
                .collect(Collectors.joining(" & "));
    }

    private static String literal(String lexeme) {
        return "'" + lexeme.replace("\\", "\\\\").replace("'", "''") + "'";
    }
}
