package turgus.application.catalog;

import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import turgus.application.catalog.port.in.PurgeOldSearchesUseCase;
import turgus.application.catalog.port.in.RecordSearchUseCase;
import turgus.application.catalog.port.in.TrendingSearchesQuery;
import turgus.application.catalog.port.out.SearchLog;
import turgus.domain.account.UserId;
import turgus.domain.catalog.search.TypedSearch;
import turgus.domain.shared.FieldRule;
import turgus.domain.shared.InvalidValueException;

/**
 * Trending searches: what shoppers searched for in the last 7 days, each query counted once per
 * shopper so that one person repeating a search cannot push it up. Queries are compared in a
 * normal form (trimmed, lower case, single spaces), and only searches that found something are
 * kept, so that nobody is offered a search that leads nowhere. Searches of no word of two letters,
 * and the searches typed on the way to a longer one, are not kept ({@link TypedSearch}). Searches are
 * forgotten after 30 days. Deciding reads the shopper's searches of the typing pause, except for a
 * repeat of the one last kept through this instance within it ({@link LastKeptSearches}).
 */
@Singleton
public final class SearchTrendsService implements RecordSearchUseCase, TrendingSearchesQuery, PurgeOldSearchesUseCase {
    static final Duration WINDOW = Duration.ofDays(7);
    static final Duration KEPT = Duration.ofDays(30);
    static final int MAX_QUERY_LENGTH = 100;

    private final SearchLog log;
    private final Clock clock;
    private final LastKeptSearches lastKept = new LastKeptSearches();

    public SearchTrendsService(SearchLog log, Clock clock) {
        this.log = Objects.requireNonNull(log, "log");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public void record(String text, UserId searcher, long found) {
        Objects.requireNonNull(searcher, "searcher");
        String query = normalise(text);
        if (query.isEmpty() || query.length() > MAX_QUERY_LENGTH || found < 1) {
            return;
        }
        Instant now = clock.instant();
        if (lastKept.isRepeat(searcher, query, now)) {
            return;
        }
        Instant pauseStart = now.minus(TypedSearch.TYPING_PAUSE);
        TypedSearch.Decision decision = TypedSearch.decide(query, log.madeBySince(searcher, pauseStart));
        if (!decision.keep()) {
            return;
        }
        if (!decision.forget().isEmpty()) {
            log.forget(searcher, decision.forget(), pauseStart);
        }
        log.record(query, searcher, now);
        lastKept.kept(searcher, query, now);
    }

    @Override
    public List<SearchCount> trending(int limit) {
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new InvalidValueException("limit", FieldRule.OUT_OF_RANGE, "min", 1, "max", MAX_LIMIT);
        }
        return log.mostSearchedSince(clock.instant().minus(WINDOW), limit);
    }

    @Override
    public int purgeOldSearches() {
        Instant before = clock.instant().minus(KEPT);
        return log.deleteBefore(before);
    }

    /** The form in which two searches count as one: trimmed, lower case, single spaces. */
    static String normalise(String text) {
        return text == null ? "" : text.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }
}
