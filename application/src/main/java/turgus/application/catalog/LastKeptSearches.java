package turgus.application.catalog;

import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import turgus.domain.account.UserId;
import turgus.domain.catalog.search.TypedSearch;

/**
 * The search each shopper last had kept through this instance, and when. Reloading the results, or
 * coming back to their first page, repeats a search, and every such request would otherwise read
 * the shopper's searches of the typing pause from the log before deciding. A repeat within the
 * pause is never kept: the log still holds the search, or it holds a longer one that begins with
 * it, kept after it and so within the pause too ({@link TypedSearch#decide}). So a repeat known
 * here needs no read.
 *
 * <p>Per instance and forgetful: a search kept through another instance, before a restart, or an
 * entry dropped to bound the memory only costs the read it would have cost anyway.
 */
final class LastKeptSearches {
    /** More shoppers than search within one typing pause on one instance of a shop this size. */
    static final int MAX_SHOPPERS = 10_000;

    private record Kept(String query, Instant at) {}

    private final Map<UserId, Kept> lastKept = new ConcurrentHashMap<>();

    /** Whether {@code searcher} had {@code query} kept here within the typing pause before {@code now}. */
    boolean isRepeat(UserId searcher, String query, Instant now) {
        Kept last = lastKept.get(searcher);
        return last != null
                && last.query().equals(query)
                && !last.at().isBefore(pauseStart(now))
                && !last.at().isAfter(now);
    }

    /** Notes that {@code query}, in its normal form, was kept for {@code searcher} at {@code at}. */
    void kept(UserId searcher, String query, Instant at) {
        Objects.requireNonNull(searcher, "searcher");
        Objects.requireNonNull(query, "query");
        Objects.requireNonNull(at, "at");
        if (lastKept.size() >= MAX_SHOPPERS) {
            Instant pauseStart = pauseStart(at);
            lastKept.values().removeIf(earlier -> earlier.at().isBefore(pauseStart));
            if (lastKept.size() >= MAX_SHOPPERS) {
                lastKept.clear();
            }
        }
        lastKept.put(searcher, new Kept(query, at));
    }

    int size() {
        return lastKept.size();
    }

    private static Instant pauseStart(Instant now) {
        return now.minus(TypedSearch.TYPING_PAUSE);
    }
}
