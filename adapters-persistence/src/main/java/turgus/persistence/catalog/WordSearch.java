package turgus.persistence.catalog;

import jakarta.inject.Singleton;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import turgus.application.catalog.CatalogSort;
import turgus.domain.catalog.search.SearchQuery;
import turgus.domain.catalog.search.Typos;

/**
 * A search by words through the database's search index ({@link ProductSearchIndex}): the words as
 * typed and, only when they find nothing, again with each word that may hold a typo also read as
 * the catalog word it most likely stands for.
 */
@Singleton
final class WordSearch {
    private final ProductSearchIndex index;

    WordSearch(ProductSearchIndex index) {
        this.index = Objects.requireNonNull(index, "index");
    }

    /**
     * A page of what the words find, the number found in all, and the catalog word each typed word
     * was read as when the words as typed found nothing.
     */
    record Answer(List<FoundProductRow> rows, long total, Map<SearchQuery.Word, String> typos) {}

    Answer answer(SearchQuery query, ProductSearchIndex.Filters filters, CatalogSort sort, int limit, long offset) {
        Answer asTyped = find(query, Map.of(), filters, sort, limit, offset);
        if (asTyped.total() > 0) {
            return asTyped;
        }
        Map<SearchQuery.Word, String> typos = typosOf(query);
        return typos.isEmpty() ? asTyped : find(query, typos, filters, sort, limit, offset);
    }

    /** A page of what the words find read with the given typos, without counting them again. */
    List<FoundProductRow> page(
            SearchQuery query,
            Map<SearchQuery.Word, String> typos,
            ProductSearchIndex.Filters filters,
            CatalogSort sort,
            int limit,
            long offset) {
        return index.find(query, typos, filters, sort, limit, offset);
    }

    private Answer find(
            SearchQuery query,
            Map<SearchQuery.Word, String> typos,
            ProductSearchIndex.Filters filters,
            CatalogSort sort,
            int limit,
            long offset) {
        CountedRows found =
                CountedRows.read((size, from) -> index.find(query, typos, filters, sort, size, from), limit, offset);
        return new Answer(found.rows(), found.total(), typos);
    }

    /** For each word that may hold a typo, the catalog word it most likely stands for. */
    private Map<SearchQuery.Word, String> typosOf(SearchQuery query) {
        Map<SearchQuery.Word, String> typos = new LinkedHashMap<>();
        for (SearchQuery.Word word : query.words()) {
            if (Typos.allowedEdits(word.typed()) > 0) {
                word.likelyMeant(index.candidatesFor(word)).ifPresent(meant -> typos.put(word, meant));
            }
        }
        return typos;
    }
}
