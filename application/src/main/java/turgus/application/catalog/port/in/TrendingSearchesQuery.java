package turgus.application.catalog.port.in;

import java.util.List;
import turgus.application.catalog.SearchCount;

/** The searches shoppers made most in the last days, offered under the search box. */
public interface TrendingSearchesQuery {
    int MAX_LIMIT = 50;

    /**
     * @param limit how many, 1 to {@link #MAX_LIMIT}
     * @return the most frequent searches of the trending window, most searchers first
     */
    List<SearchCount> trending(int limit);
}
