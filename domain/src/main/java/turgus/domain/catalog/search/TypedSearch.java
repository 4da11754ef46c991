package turgus.domain.catalog.search;

import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * Which searches are worth offering to other shoppers as trending, given what the same shopper
 * typed just before. A search box that searches as one types sends "lap", "lapt", "laptop" within
 * a few seconds: only "laptop" was meant. So a search is not kept when it has no word of two
 * letters or digits (a single character, punctuation), nor when it begins a longer search the
 * same shopper made within {@link #TYPING_PAUSE} (it was typed on the way there or deleted back
 * to), nor when the shopper made the very same search within it (a reload or a second page adds
 * nothing: trends count shoppers, not searches, and keeping it would only grow the log that every
 * search reads); and when it is kept, the shopper's searches of that pause that it begins with are
 * forgotten.
 */
public final class TypedSearch {
    /** Searches closer together than this are taken as one search being typed. */
    public static final Duration TYPING_PAUSE = Duration.ofSeconds(10);

    private TypedSearch() {}

    /** What to do with a search, in its normal form, given the same shopper's searches of the pause. */
    public record Decision(boolean keep, List<String> forget) {
        public Decision {
            forget = List.copyOf(forget);
        }

        static Decision drop() {
            return new Decision(false, List.of());
        }
    }

    /** Whether a search holds something to offer: at least one word of two letters or digits. */
    public static boolean meaningful(String query) {
        return SearchText.words(query).stream().anyMatch(word -> word.length() >= 2);
    }

    /**
     * @param query the search, in its normal form
     * @param recent the same shopper's searches within {@link #TYPING_PAUSE} before it
     */
    public static Decision decide(String query, List<String> recent) {
        Objects.requireNonNull(query, "query");
        if (!meaningful(query)) {
            return Decision.drop();
        }
        if (recent.stream().anyMatch(earlier -> earlier.length() >= query.length() && earlier.startsWith(query))) {
            return Decision.drop();
        }
        List<String> forget = recent.stream()
                .filter(earlier -> earlier.length() < query.length() && query.startsWith(earlier))
                .distinct()
                .toList();
        return new Decision(true, forget);
    }
}
