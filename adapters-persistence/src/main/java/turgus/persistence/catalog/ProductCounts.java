package turgus.persistence.catalog;

import io.micronaut.context.annotation.Value;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.LongSupplier;

/**
 * The number of products of each status, for the listings' totals, kept between pages.
 *
 * <p>Why: a count is a walk over every matching index entry (PostgreSQL cannot count a range of an
 * index without reading it, and with 98 % of the products active it reads the table): 12 ms at
 * 100,000 products against 0.1 ms for the page itself, so counting on every page made the count
 * the catalog's whole cost. A kept count is used while the catalog's version ({@link
 * ProductsVersionRow}: the newest id and the latest edit's number, each read from the end of an
 * index) is the one it was counted at: adding a product changes the first, withdrawing, restoring or
 * writing one changes the second, whichever instance wrote it; a purchase changes neither. As a bound
 * for changes the version cannot see (an edit numbered before but committed after the latest one,
 * rows replaced wholesale), no count is kept longer than {@code
 * shop.catalog.count-max-age} (5 s; 0 counts on every page).
 *
 * <p>When a count of the version at hand has grown old, one request counts again and the others
 * are answered the kept count meanwhile: at 10,000 products a count takes milliseconds, and every
 * request of the catalog's load that met the old count counted at once (13 counts in 8 s instead of
 * two), each slowing the others. So a count is served at most its max age plus one count's time. A
 * new version is counted by every request that meets it first, as nothing kept belongs to it.
 */
@Singleton
final class ProductCounts {
    /** Which count: of one status, or of all. */
    enum Scope {
        ACTIVE,
        WITHDRAWN,
        ALL
    }

    private record Kept(ProductsVersionRow version, long count, long countedAtNanos) {}

    private final ProductRowRepository rows;
    private final long maxAgeNanos;
    private final LongSupplier nanoTime;
    private final ConcurrentMap<Scope, Kept> kept = new ConcurrentHashMap<>();
    private final Map<Scope, AtomicBoolean> recounting = new EnumMap<>(Scope.class);

    @Inject
    ProductCounts(ProductRowRepository rows, @Value("${shop.catalog.count-max-age:5s}") Duration maxAge) {
        this(rows, maxAge, System::nanoTime);
    }

    ProductCounts(ProductRowRepository rows, Duration maxAge, LongSupplier nanoTime) {
        this.rows = Objects.requireNonNull(rows, "rows");
        this.maxAgeNanos = maxAge.toNanos();
        this.nanoTime = Objects.requireNonNull(nanoTime, "nanoTime");
        for (Scope scope : Scope.values()) {
            recounting.put(scope, new AtomicBoolean());
        }
    }

    long count(Scope scope) {
        return maxAgeNanos <= 0 ? countNow(scope) : count(scope, rows.version());
    }

    /** The count of {@code scope} at {@code version}, the catalog's version read just before. */
    long count(Scope scope, ProductsVersionRow version) {
        if (maxAgeNanos <= 0) {
            return countNow(scope);
        }
        long now = nanoTime.getAsLong();
        Kept known = kept.get(scope);
        if (known == null || !known.version().equals(version)) {
            return countAndKeep(scope, version, now);
        }
        if (now - known.countedAtNanos() < maxAgeNanos) {
            return known.count();
        }
        AtomicBoolean busy = recounting.get(scope);
        if (!busy.compareAndSet(false, true)) {
            return known.count();
        }
        try {
            return countAndKeep(scope, version, now);
        } finally {
            busy.set(false);
        }
    }

    private long countAndKeep(Scope scope, ProductsVersionRow version, long now) {
        long count = countNow(scope);
        kept.put(scope, new Kept(version, count, now));
        return count;
    }

    private long countNow(Scope scope) {
        return switch (scope) {
            case ACTIVE -> rows.countByActive(true);
            case WITHDRAWN -> rows.countByActive(false);
            case ALL -> rows.count();
        };
    }
}
