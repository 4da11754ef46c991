package turgus.application.catalog.port.out;

import java.time.Instant;
import java.util.List;
import turgus.application.catalog.SearchCount;
import turgus.domain.account.UserId;

/** The searches shoppers made, kept for a few weeks. */
public interface SearchLog {
    void record(String query, UserId searcher, Instant at);

    /** The queries made since {@code since}, counted once per searcher, most searchers first. */
    List<SearchCount> mostSearchedSince(Instant since, int limit);

    /** @return how many searches made before {@code before} were deleted */
    int deleteBefore(Instant before);
}
