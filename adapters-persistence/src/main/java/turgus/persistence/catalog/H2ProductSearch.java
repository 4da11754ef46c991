package turgus.persistence.catalog;

import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import turgus.application.catalog.CatalogSort;
import turgus.domain.catalog.search.SearchQuery;
import turgus.domain.catalog.search.Typos;
import turgus.persistence.shared.DatabaseTime;

/** Search through H2's {@code product_search_terms}, one slot per word. */
@Singleton
@Requires(property = "datasources.default.url", pattern = "jdbc:h2:.*")
final class H2ProductSearch implements ProductSearchIndex {
    private final H2ProductSearchRepository rows;

    H2ProductSearch(H2ProductSearchRepository rows) {
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
        List<SearchQuery.Word> slots = query.padded();
        List<String> spellings = new ArrayList<>();
        for (SearchQuery.Word word : slots) {
            // Without a typo the word as typed, which begins with its prefix and so changes nothing.
            spellings.add(typos.getOrDefault(word, word.typed()));
        }
        return rows.find(
                slots.get(0).prefix(),
                after(slots.get(0).prefix()),
                spellings.get(0),
                slots.get(1).prefix(),
                after(slots.get(1).prefix()),
                spellings.get(1),
                slots.get(2).prefix(),
                after(slots.get(2).prefix()),
                spellings.get(2),
                slots.get(3).prefix(),
                after(slots.get(3).prefix()),
                spellings.get(3),
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
        String word = typed.typed();
        int edits = Typos.allowedEdits(word);
        String first = word.substring(0, 1);
        return rows.wordsBetween(first, after(first), word.length() - edits, word.length() + edits);
    }

    /** The least string after every string that begins with {@code prefix}: the end of its range. */
    static String after(String prefix) {
        char last = prefix.charAt(prefix.length() - 1);
        return prefix.substring(0, prefix.length() - 1) + (char) (last + 1);
    }
}
