package turgus.persistence.catalog;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Ticker;
import io.micronaut.context.annotation.Value;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;
import turgus.application.catalog.CatalogSort;
import turgus.domain.catalog.search.SearchQuery;

/**
 * The first results of recent searches (which products, in order, and how many were found), kept
 * while the catalog is at the version they were found at.
 *
 * <p>Why: a search ranks every product it finds before it can cut a page, so its cost grows with
 * the catalog: a common word finds 3,000 of 100,000 products, and ranking them took 300 ms a page
 * on either database while reading 20 products by id takes well under one. Shoppers repeat the
 * same searches and page through them, so the first {@value #WINDOW} results of each are kept and
 * its pages are read by id; a page past them is searched again. The products themselves are read
 * afresh every time, so stock and prices are always current; what is kept is only which products
 * answer the words and their order.
 *
 * <p>A kept result serves only the catalog's version it was found at ({@link ProductsVersionRow}:
 * the newest id and the latest edit's number, whichever instance made it; a purchase changes only
 * the stock, which is read afresh, and leaves it), and no longer than {@code
 * shop.catalog.search-max-age} (5 s; 0 searches every time), the bound for what the version cannot
 * see, as for {@link ProductCounts}. Searches that ask for the products on sale at a moment are
 * never kept (the moment is part of the question). Concurrent requests for one search that is not
 * kept yet run it once and wait for it (Caffeine's per-key loading); at most {@code
 * shop.catalog.kept-searches} searches are kept (1,000, about 2 MB).
 */
@Singleton
final class KeptSearches {
    /** How many results of a search are kept: the first ten pages of 20. */
    static final int WINDOW = 200;

    private final int window;

    /** A search at one version of the catalog. */
    record Key(
            SearchQuery query,
            boolean includeActive,
            boolean includeWithdrawn,
            CatalogSort sort,
            ProductsVersionRow version) {}

    private final Cache<Key, Found> kept;

    @Inject
    KeptSearches(
            @Value("${shop.catalog.search-max-age:5s}") Duration maxAge,
            @Value("${shop.catalog.kept-searches:1000}") int maxSearches) {
        this(maxAge, maxSearches, WINDOW, Ticker.systemTicker());
    }

    /** Kept searches of {@code window} results each, aged by {@code ticker}. */
    KeptSearches(Duration maxAge, int maxSearches, int window, Ticker ticker) {
        if (window < 1) {
            throw new IllegalArgumentException("A kept search keeps at least one result: " + window);
        }
        this.window = window;
        this.kept = maxAge.isZero() || maxAge.isNegative() || maxSearches < 1
                ? null
                : Caffeine.newBuilder()
                        .expireAfterWrite(maxAge)
                        .maximumSize(maxSearches)
                        .ticker(ticker)
                        .build();
    }

    /** How many results of each search are kept. */
    int window() {
        return window;
    }

    /** Whether searches are kept at all. */
    boolean enabled() {
        return kept != null;
    }

    /** The kept result of the search, or the one {@code search} finds now, which is then kept. */
    Found get(Key key, Supplier<Found> search) {
        if (kept == null) {
            return search.get();
        }
        return kept.get(key, unused -> search.get());
    }

    /**
     * The first results of a search: their ids in order, how many were found in all, and the catalog
     * word each typed word was read as when the words as typed found nothing.
     */
    static final class Found {
        private final long[] firstIds;
        private final long total;
        private final Map<SearchQuery.Word, String> typos;

        Found(List<Long> firstIds, long total, Map<SearchQuery.Word, String> typos) {
            this.firstIds = firstIds.stream().mapToLong(Long::longValue).toArray();
            this.total = total;
            this.typos = Map.copyOf(Objects.requireNonNull(typos, "typos"));
        }

        long total() {
            return total;
        }

        Map<SearchQuery.Word, String> typos() {
            return typos;
        }

        /** Whether the kept ids hold the whole of the page {@code [offset, offset + size)}. */
        boolean covers(long offset, int size) {
            return offset + size <= firstIds.length || firstIds.length == total;
        }

        /** The ids of the page {@code [offset, offset + size)}, of those kept. */
        List<Long> ids(long offset, int size) {
            int from = (int) Math.min(offset, firstIds.length);
            int to = (int) Math.min(offset + size, firstIds.length);
            return Arrays.stream(firstIds, from, to).boxed().toList();
        }
    }
}
