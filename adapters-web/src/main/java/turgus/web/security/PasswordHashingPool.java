package turgus.web.security;

import io.micronaut.context.annotation.Value;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import turgus.application.shared.ServerBusyException;

/**
 * The one place where passwords are hashed and checked: a few threads of their own, a short
 * waiting line, and a refusal for what does not fit.
 *
 * <p>Why: a bcrypt check is a quarter of a second of one core's full work, and before this pool
 * every login ran its check on the request's own thread, so 32 logins at once shared the cores 32
 * ways: each took ten seconds or more, none finished in time, and everything else the shop answers
 * (the catalog) queued behind them for CPU. Here at most {@code shop.security.hashing.threads}
 * checks run at once (default: one per core, which already keeps the cores busy; more threads only
 * make each check slower). Up to {@code shop.security.hashing.queue} more wait in line (FIFO), each
 * for at most {@code shop.security.hashing.max-wait}; a check that finds the line full, or is not
 * started within that wait, is refused with {@link ServerBusyException} (503, {@code Retry-After})
 * before any of its work was done. So no number of callers, from however many addresses, can
 * make the shop spend more than those threads on hashing, nor park more than the line's length of
 * request threads on it. A check that has started always finishes: its caller gets its answer.
 *
 * <p>The caller waits on its own thread: controllers that hash run on the blocking executor
 * ({@code @ExecuteOn(TaskExecutors.BLOCKING)}), never on the event loop, and the waiting costs no
 * CPU. The line is long by default (32 per thread: far more than the wait bound lets through) and
 * the wait bound (2 s) does most of the refusing, because a refusal answered at once invites the
 * same client to ask again at once: a client that waited two seconds for its 503 cannot make the
 * shop spend its cores on answering refusals. The line's length still caps the request threads
 * parked here when very many callers come at once; those beyond it are refused at once. Lowering the threads' priority would not do
 * the same: Linux ignores Java's thread priorities unless the JVM is told otherwise, and even then a
 * thousand low-priority checks still exhaust memory and the request threads. The cap is the point.
 *
 * <p>The {@code Retry-After} of a refusal is the time the line needs to drain at the recent pace
 * of a check, rounded up to whole seconds.
 */
@Singleton
public class PasswordHashingPool implements AutoCloseable {
    /** How long a check is believed to take before any has been timed: bcrypt cost 12, about. */
    private static final long FIRST_GUESS_NANOS = TimeUnit.MILLISECONDS.toNanos(250);

    private final int threads;
    private final int queueLength;
    private final long maxWaitNanos;
    private final ThreadPoolExecutor executor;
    private final AtomicLong rejections = new AtomicLong();
    private final AtomicInteger running = new AtomicInteger();
    /** A moving average of the time one piece of work takes, in nanoseconds. */
    private final AtomicLong averageNanos = new AtomicLong(FIRST_GUESS_NANOS);

    @Inject
    public PasswordHashingPool(
            @Value("${shop.security.hashing.threads:0}") int threads,
            @Value("${shop.security.hashing.queue:-1}") int queueLength,
            @Value("${shop.security.hashing.max-wait:2s}") Duration maxWait) {
        this.threads = threads > 0 ? threads : Runtime.getRuntime().availableProcessors();
        this.queueLength = queueLength >= 0 ? queueLength : 32 * this.threads;
        if (maxWait.isNegative()) {
            throw new IllegalArgumentException("shop.security.hashing.max-wait must not be negative: " + maxWait);
        }
        this.maxWaitNanos = maxWait.toNanos();
        this.executor = new ThreadPoolExecutor(
                this.threads,
                this.threads,
                30,
                TimeUnit.SECONDS,
                // No line at all: work is handed to an idle thread or refused.
                this.queueLength == 0 ? new SynchronousQueue<>() : new ArrayBlockingQueue<>(this.queueLength),
                new HashingThreads(),
                new ThreadPoolExecutor.AbortPolicy());
        // Idle threads end: a shop without logins keeps none of them.
        this.executor.allowCoreThreadTimeOut(true);
    }

    /**
     * Runs {@code work} on one of the pool's threads and answers its result, waiting for it on the
     * caller's thread; the work's own exceptions reach the caller unchanged.
     *
     * @throws ServerBusyException when the line is full, or the work did not start within the wait
     */
    public <T> T run(Supplier<T> work) {
        Waiting<T> waiting = new Waiting<>(work);
        try {
            executor.execute(waiting);
        } catch (RejectedExecutionException full) {
            throw refused();
        }
        try {
            try {
                return waiting.result.get(maxWaitNanos, TimeUnit.NANOSECONDS);
            } catch (TimeoutException notYet) {
                if (waiting.abandon()) {
                    executor.remove(waiting);
                    throw refused();
                }
                // A thread has started it meanwhile: it finishes in a moment, and its caller is answered.
                return waiting.result.get();
            }
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            if (waiting.abandon()) {
                executor.remove(waiting);
            }
            throw refused();
        } catch (ExecutionException failed) {
            Throwable cause = failed.getCause();
            if (cause instanceof RuntimeException unchecked) {
                throw unchecked;
            }
            if (cause instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(cause);
        }
    }

    private ServerBusyException refused() {
        rejections.incrementAndGet();
        return new ServerBusyException(retryAfterSeconds());
    }

    /** The whole seconds the work waiting now (and one more) needs to be done, at least one. */
    long retryAfterSeconds() {
        long inLine = executor.getQueue().size() + running.get() + 1L;
        long nanos = inLine * averageNanos.get() / threads;
        return Math.max(1, Math.min(60, (nanos + 999_999_999L) / 1_000_000_000L));
    }

    /** Threads that hash at most at once. */
    public int threads() {
        return threads;
    }

    /** Pieces of work that may wait for a thread. */
    public int queueLength() {
        return queueLength;
    }

    /** Pieces of work waiting now. */
    public int queued() {
        return executor.getQueue().size();
    }

    /** Pieces of work running now. */
    public int active() {
        return running.get();
    }

    /** Pieces of work refused so far: the line was full or the wait too long. */
    public long rejections() {
        return rejections.get();
    }

    /** The pool's threads alive now (they end after 30 idle seconds). */
    public int liveThreads() {
        return executor.getPoolSize();
    }

    /** Ends the threads; work still in line is refused to its callers. */
    @PreDestroy
    @Override
    public void close() {
        executor.shutdownNow().forEach(queued -> {
            if (queued instanceof Waiting<?> waiting && waiting.abandon()) {
                waiting.result.completeExceptionally(new ServerBusyException(1));
            }
        });
    }

    /** Waits until every thread has ended after {@link #close()}; true when they have. */
    boolean awaitClosed(Duration timeout) throws InterruptedException {
        return executor.awaitTermination(timeout.toNanos(), TimeUnit.NANOSECONDS);
    }

    /**
     * One piece of work and its caller's waiting: a thread may start it only while the caller still
     * waits, and the caller may give up only while no thread has started it, never both.
     */
    private final class Waiting<T> implements Runnable {
        private static final int WAITING = 0;
        private static final int STARTED = 1;
        private static final int ABANDONED = 2;

        private final Supplier<T> work;
        private final AtomicInteger state = new AtomicInteger(WAITING);
        private final CompletableFuture<T> result = new CompletableFuture<>();

        Waiting(Supplier<T> work) {
            this.work = work;
        }

        boolean abandon() {
            return state.compareAndSet(WAITING, ABANDONED);
        }

        @Override
        public void run() {
            if (!state.compareAndSet(WAITING, STARTED)) {
                return;
            }
            running.incrementAndGet();
            long start = System.nanoTime();
            try {
                result.complete(work.get());
            } catch (Throwable failed) {
                result.completeExceptionally(failed);
            } finally {
                running.decrementAndGet();
                long took = System.nanoTime() - start;
                // An average over roughly the last eight pieces of work.
                averageNanos.getAndUpdate(average -> average + (took - average) / 8);
            }
        }
    }

    /** Daemon threads named for what they do, so that a thread dump says it at once. */
    private static final class HashingThreads implements ThreadFactory {
        private final AtomicInteger count = new AtomicInteger();

        @Override
        public Thread newThread(Runnable runnable) {
            Thread thread = new Thread(runnable, "password-hashing-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        }
    }
}
