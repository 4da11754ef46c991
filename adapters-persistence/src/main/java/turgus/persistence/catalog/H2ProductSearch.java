package turgus.persistence.catalog;

import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import turgus.application.catalog.CatalogSort;
import turgus.domain.catalog.search.SearchQuery;
import turgus.domain.catalog.search.Typos;
import turgus.persistence.shared.DatabaseTime;

/** Search through H2's {@code product_search_terms}: one statement, one slot per word. */
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
        List<SearchQuery.Word> words = query.words();
        if (words.isEmpty() || words.size() > SearchQuery.MAX_WORDS) {
            throw new IllegalArgumentException("A search has 1 to " + SearchQuery.MAX_WORDS + " words: " + words);
        }
        // Each slot: its prefix's range and its spelling. The empty string is no word: a slot without
        // a typo is its prefix alone, and a slot no word fills reads nothing.
        String[] slots = new String[3 * SearchQuery.MAX_WORDS];
        Arrays.fill(slots, "");
        for (int i = 0; i < words.size(); i++) {
            SearchQuery.Word word = words.get(i);
            slots[3 * i] = word.prefix();
            slots[3 * i + 1] = after(word.prefix());
            slots[3 * i + 2] = typos.getOrDefault(word, "");
        }
        return rows.find(
                words.size(),
                slots[0],
                slots[1],
                slots[2],
                slots[3],
                slots[4],
                slots[5],
                slots[6],
                slots[7],
                slots[8],
                slots[9],
                slots[10],
                slots[11],
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
