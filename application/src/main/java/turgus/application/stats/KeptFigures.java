package turgus.application.stats;

import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.function.LongSupplier;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * Figures kept per key while the version of the data they come from stands and they are younger
 * than a max age; otherwise computed again. One computation per key at a time: a request that finds
 * the figures of its version being computed waits for them instead of computing them too. A
 * computation that fails is forgotten, and its waiters get its exception.
 *
 * <p>The version is read by the caller before the figures are computed, so kept figures hold at least
 * everything that version says; a request that reads another version (something changed since)
 * computes anew. The age counts from the start of the computation, on a monotonic clock.
 *
 * @param <K> which figures (the dashboard's period)
 * @param <V> the figures
 */
final class KeptFigures<K, V> {
    private record Entry<V>(Object version, long startedNanos, CompletableFuture<V> figures) {}

    private final long maxAgeNanos;
    private final LongSupplier nanoTime;
    private final ConcurrentMap<K, Entry<V>> kept = new ConcurrentHashMap<>();

    KeptFigures(Duration maxAge, LongSupplier nanoTime) {
        this.maxAgeNanos = maxAge.toNanos();
        this.nanoTime = Objects.requireNonNull(nanoTime, "nanoTime");
    }

    /** Whether anything is kept at all (a max age of 0 keeps nothing: every request computes). */
    boolean keeps() {
        return maxAgeNanos > 0;
    }

    /** The figures of {@code key} at {@code version}: the kept ones if they still serve, else computed now. */
    V get(K key, Object version, Supplier<V> compute) {
        Objects.requireNonNull(version, "version");
        if (!keeps()) {
            return compute.get();
        }
        while (true) {
            long now = nanoTime.getAsLong();
            Entry<V> found = kept.get(key);
            if (found != null && found.version().equals(version) && now - found.startedNanos() < maxAgeNanos) {
                try {
                    return found.figures().join();
                } catch (CompletionException failed) {
                    throw unwrap(failed);
                }
            }
            Entry<V> mine = new Entry<>(version, now, new CompletableFuture<>());
            boolean taken = found == null ? kept.putIfAbsent(key, mine) == null : kept.replace(key, found, mine);
            if (!taken) {
                continue; // another request put its entry first: look again
            }
            try {
                V figures = compute.get();
                mine.figures().complete(figures);
                return figures;
            } catch (RuntimeException | Error failure) {
                kept.remove(key, mine);
                mine.figures().completeExceptionally(failure);
                throw failure;
            }
        }
    }

    /** Forgets the figures whose key no longer serves (a period that ended before today). */
    void forgetAll(Predicate<K> stale) {
        kept.keySet().removeIf(stale);
    }

    /** How many keys are kept, for the specs. */
    int size() {
        return kept.size();
    }

    private static RuntimeException unwrap(CompletionException failed) {
        Throwable cause = failed.getCause();
        if (cause instanceof RuntimeException runtime) {
            return runtime;
        }
        if (cause instanceof Error error) {
            throw error;
        }
        return failed;
    }
}
