package turgus.persistence.catalog;

import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.LoadingCache;
import com.github.benmanes.caffeine.cache.Ticker;
import io.micronaut.context.annotation.Value;
import io.micronaut.scheduling.TaskExecutors;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.Executor;
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
 * the stock, which is read afresh, and leaves it). The caller learns the version with the page's
 * products, in the same statement, and asks for the search {@link #again} when the kept result is
 * older; it serves no longer than {@code
 * shop.catalog.search-max-age} (10 s; 0 searches every time), the bound for what the version cannot
 * see, as for {@link ProductCounts}. A search still asked for once it is half that old is found
 * again in the background while its kept results go on serving, so a common search is not left
 * without kept results, and its shoppers waiting, every time they expire. Searches that ask for
 * the products on sale at a moment are never kept (the moment is part of the question). Concurrent
 * requests for one search that is not kept yet run it once and wait for it (Caffeine's per-key
 * loading); at most {@code shop.catalog.kept-searches} searches are kept (1,000, about 2 MB).
 */
@Singleton
final class KeptSearches {
    /** How many results of a search are kept: the first ten pages of 20. */
    static final int WINDOW = 200;

    private final WordSearch search;
    private final Supplier<ProductsVersionRow> version;
    private final int window;
    private final LoadingCache<Key, Found> kept;

    /** A search: its words, the statuses it lists and its order. */
    record Key(SearchQuery query, boolean includeActive, boolean includeWithdrawn, CatalogSort sort) {
        ProductSearchIndex.Filters filters() {
            return new ProductSearchIndex.Filters(includeActive, includeWithdrawn, false, Instant.EPOCH);
        }
    }

    @Inject
    KeptSearches(
            WordSearch search,
            ProductRowRepository rows,
            @Value("${shop.catalog.search-max-age:10s}") Duration maxAge,
            @Value("${shop.catalog.kept-searches:1000}") int maxSearches,
            @Named(TaskExecutors.BLOCKING) Executor refresher) {
        this(search, rows::version, maxAge, maxSearches, WINDOW, Ticker.systemTicker(), refresher);
    }

    /**
     * Kept searches of {@code window} results each, stamped with the catalog's {@code version} read
     * before each search, aged by {@code ticker}, found again by {@code refresher}.
     */
    KeptSearches(
            WordSearch search,
            Supplier<ProductsVersionRow> version,
            Duration maxAge,
            int maxSearches,
            int window,
            Ticker ticker,
            Executor refresher) {
        if (window < 1) {
            throw new IllegalArgumentException("A kept search keeps at least one result: " + window);
        }
        this.search = Objects.requireNonNull(search, "search");
        this.version = Objects.requireNonNull(version, "version");
        this.window = window;
        this.kept = maxAge.isZero() || maxAge.isNegative() || maxSearches < 1
                ? null
                : Caffeine.newBuilder()
                        .expireAfterWrite(maxAge)
                        .refreshAfterWrite(maxAge.dividedBy(2))
                        .maximumSize(maxSearches)
                        .ticker(ticker)
                        .executor(refresher)
                        .build(this::findNow);
    }

    /** Whether searches are kept at all. */
    boolean enabled() {
        return kept != null;
    }

    /**
     * The kept first results of the search, at the version they were found at, or those it finds
     * now, which are then kept.
     */
    Found get(Key key) {
        return kept == null ? findNow(key) : kept.get(key);
    }

    /**
     * The search's results found again, now that the catalog is at a newer version than {@code
     * outdated}'s. Concurrent callers holding the same outdated results search once: only they are
     * dropped, not results another caller has just found.
     */
    Found again(Key key, Found outdated) {
        if (kept == null) {
            return findNow(key);
        }
        kept.asMap().remove(key, outdated);
        return kept.get(key);
    }

    private Found findNow(Key key) {
        // Read first: a change made while the search runs leaves the results older than the
        // catalog, so they are found again on their next use rather than kept as current.
        ProductsVersionRow foundAt = version.get();
        WordSearch.Answer answer = search.answer(key.query(), key.filters(), key.sort(), window, 0);
        List<Long> ids = answer.rows().stream().map(FoundProductRow::id).toList();
        return new Found(foundAt, ids, answer.total(), answer.typos());
    }

    /**
     * The first results of a search: their ids in order, how many were found in all, and the catalog
     * word each typed word was read as when the words as typed found nothing.
     */
    static final class Found {
        private final ProductsVersionRow version;
        private final long[] firstIds;
        private final long total;
        private final Map<SearchQuery.Word, String> typos;

        Found(ProductsVersionRow version, List<Long> firstIds, long total, Map<SearchQuery.Word, String> typos) {
            this.version = Objects.requireNonNull(version, "version");
            this.firstIds = firstIds.stream().mapToLong(Long::longValue).toArray();
            this.total = total;
            this.typos = Map.copyOf(Objects.requireNonNull(typos, "typos"));
        }

        /** The catalog's version the search was found at. */
        ProductsVersionRow version() {
            return version;
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
