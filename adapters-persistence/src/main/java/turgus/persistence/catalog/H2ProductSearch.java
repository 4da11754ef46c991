package turgus.persistence.catalog;

import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import turgus.application.catalog.CatalogSort;
import turgus.domain.catalog.search.SearchQuery;
import turgus.domain.catalog.search.Typos;
import turgus.persistence.shared.DatabaseTime;

/** Search through H2's {@code product_search_terms}, one slot per word, one statement per number of words. */
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
        List<String> slots = new ArrayList<>();
        for (SearchQuery.Word word : query.words()) {
            slots.add(word.prefix());
            slots.add(after(word.prefix()));
            // The empty string is no word: without a typo the slot is its prefix alone.
            slots.add(typos.getOrDefault(word, ""));
        }
        boolean active = filters.includeActive();
        boolean withdrawn = filters.includeWithdrawn();
        boolean onSale = filters.onSaleOnly();
        Instant now = DatabaseTime.of(filters.now());
        String order = sort.name();
        return switch (query.words().size()) {
            case 1 ->
                rows.findOne(
                        slots.get(0), slots.get(1), slots.get(2), active, withdrawn, onSale, now, order, limit, offset);
            case 2 ->
                rows.findTwo(
                        slots.get(0),
                        slots.get(1),
                        slots.get(2),
                        slots.get(3),
                        slots.get(4),
                        slots.get(5),
                        active,
                        withdrawn,
                        onSale,
                        now,
                        order,
                        limit,
                        offset);
            case 3 ->
                rows.findThree(
                        slots.get(0),
                        slots.get(1),
                        slots.get(2),
                        slots.get(3),
                        slots.get(4),
                        slots.get(5),
                        slots.get(6),
                        slots.get(7),
                        slots.get(8),
                        active,
                        withdrawn,
                        onSale,
                        now,
                        order,
                        limit,
                        offset);
            case 4 ->
                rows.findFour(
                        slots.get(0),
                        slots.get(1),
                        slots.get(2),
                        slots.get(3),
                        slots.get(4),
                        slots.get(5),
                        slots.get(6),
                        slots.get(7),
                        slots.get(8),
                        slots.get(9),
                        slots.get(10),
                        slots.get(11),
                        active,
                        withdrawn,
                        onSale,
                        now,
                        order,
                        limit,
                        offset);
            default ->
                throw new IllegalArgumentException(
                        "A search has 1 to " + SearchQuery.MAX_WORDS + " words: " + query.words());
        };
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
