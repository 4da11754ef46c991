package turgus.application.catalog;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import turgus.application.shared.PageRequest;
import turgus.domain.catalog.search.SearchQuery;

/**
 * A listing of products: optional words to find, which products, in which order, which page. Text
 * that holds no word (only punctuation) finds nothing; blank text finds every product.
 *
 * @param onSaleAt when set, only the products whose sale runs at this moment; null for any
 */
public record ProductSearch(
        String text, ProductStatusFilter status, CatalogSort sort, PageRequest page, Instant onSaleAt) {
    public static final int MAX_TEXT_LENGTH = 200;

    public ProductSearch {
        text = text == null ? "" : text.strip();
        if (text.length() > MAX_TEXT_LENGTH) {
            text = text.substring(0, MAX_TEXT_LENGTH);
        }
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(sort, "sort");
        Objects.requireNonNull(page, "page");
        if (sort == CatalogSort.RELEVANCE && text.isEmpty()) {
            throw new IllegalArgumentException("Only a search with words is ordered by relevance");
        }
    }

    /** A listing whatever the products' sales. */
    public ProductSearch(String text, ProductStatusFilter status, CatalogSort sort, PageRequest page) {
        this(text, status, sort, page, null);
    }

    public Optional<Instant> onSaleOnlyAt() {
        return Optional.ofNullable(onSaleAt);
    }

    public Optional<String> words() {
        return text.isEmpty() ? Optional.empty() : Optional.of(text);
    }

    /** The words to find, read from the text; empty when there is no text or it holds no word. */
    public SearchQuery query() {
        return SearchQuery.parse(text);
    }

    /** Whether this lists every product of the status (no text given), rather than searching. */
    public boolean listsAll() {
        return text.isEmpty();
    }
}
