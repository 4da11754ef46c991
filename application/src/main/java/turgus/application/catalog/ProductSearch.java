package turgus.application.catalog;

import java.util.Objects;
import java.util.Optional;
import turgus.application.shared.PageRequest;

/** A listing of products: optional words to find, which products, in which order, which page. */
public record ProductSearch(String text, ProductStatusFilter status, CatalogSort sort, PageRequest page) {
    public static final int MAX_TEXT_LENGTH = 200;

    public ProductSearch {
        text = text == null ? "" : text.strip();
        if (text.length() > MAX_TEXT_LENGTH) {
            text = text.substring(0, MAX_TEXT_LENGTH);
        }
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(sort, "sort");
        Objects.requireNonNull(page, "page");
    }

    public Optional<String> words() {
        return text.isEmpty() ? Optional.empty() : Optional.of(text);
    }
}
