package turgus.persistence.shared;

import java.util.Objects;
import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.function.IntFunction;

/**
 * Statement texts shaped so that PostgreSQL plans them once per connection rather than on every
 * execution.
 *
 * <p>Why: a server-side prepared statement is planned with its parameters' values ("custom plans")
 * for its first five executions; from then on PostgreSQL reuses one plan made without them ("the
 * generic plan") unless it estimates that plan dearer than the custom ones. It does so whenever a
 * parameter hides how many rows the statement touches: {@code LIMIT ? OFFSET ?} is estimated as a
 * tenth of the table, an array parameter ({@code = ANY(?)}, {@code unnest(?)}) as ten or a hundred
 * elements. Such a statement is then planned afresh on every execution. Under the catalog's load at
 * 10,000 products its page was planned 14,449 times in 14,449 executions, 0.46 ms a time against
 * 0.12 ms of execution; a checkout's stock update spent more time planning than running
 * ({@code pg_stat_statements} with {@code track_planning}).
 *
 * <p>So the hot statements carry what decides their plan in their text: a page's limit and offset as
 * literals (plain numbers, never user text), and one placeholder per value instead of an array. Their
 * custom and generic plans then cost the same and the generic one is kept. Each distinct text is a
 * statement of its own, so the texts are few by construction: one per page people browse, one per
 * number of values. {@code PlannedOnceSpec} checks that PostgreSQL keeps the generic plan of each.
 */
public final class PlannedOnce {
    /** The numbers of values whose statement text is built once and kept. */
    private static final int KEPT = 128;

    private final IntFunction<String> build;
    private final AtomicReferenceArray<String> kept = new AtomicReferenceArray<>(KEPT + 1);

    /** Statements built by {@code build} from a number of values (at least one), kept once built. */
    public PlannedOnce(IntFunction<String> build) {
        this.build = Objects.requireNonNull(build, "build");
    }

    /** The statement for {@code count} values. */
    public String forCount(int count) {
        if (count < 1) {
            throw new IllegalArgumentException("A statement needs at least one value: " + count);
        }
        if (count > KEPT) {
            return build.apply(count);
        }
        String statement = kept.get(count);
        if (statement == null) {
            statement = build.apply(count);
            kept.set(count, statement);
        }
        return statement;
    }

    /** {@code count} copies of {@code each}, separated by commas: {@code ?, ?, ?} or {@code (?, ?), (?, ?)}. */
    public static String repeated(String each, int count) {
        StringBuilder text = new StringBuilder(count * (each.length() + 2));
        for (int i = 0; i < count; i++) {
            if (i > 0) {
                text.append(", ");
            }
            text.append(each);
        }
        return text.toString();
    }

    /** {@code LIMIT limit OFFSET offset} as literals, checked to be a page. */
    public static String page(int limit, long offset) {
        if (limit < 1 || offset < 0) {
            throw new IllegalArgumentException("Not a page: limit " + limit + ", offset " + offset);
        }
        return " LIMIT " + limit + " OFFSET " + offset;
    }
}
