package turgus.application.catalog.port.out;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import turgus.application.catalog.SearchCount;
import turgus.domain.account.UserId;

/** The searches shoppers made, kept for a few weeks. */
public interface SearchLog {
    void record(String query, UserId searcher, Instant at);

    /** The queries {@code searcher} made at or after {@code since}, each once, in no particular order. */
    List<String> madeBySince(UserId searcher, Instant since);

    /** Deletes the searches for any of {@code queries} that {@code searcher} made at or after {@code since}. */
    void forget(UserId searcher, Collection<String> queries, Instant since);

    /** The queries made since {@code since}, counted once per searcher, most searchers first. */
    List<SearchCount> mostSearchedSince(Instant since, int limit);

    /** @return how many searches made before {@code before} were deleted */
    int deleteBefore(Instant before);
}
