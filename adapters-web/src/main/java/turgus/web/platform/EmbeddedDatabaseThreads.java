package turgus.web.platform;

import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Replaces;
import io.micronaut.context.annotation.Requires;
import io.micronaut.scheduling.TaskExecutors;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import java.util.concurrent.ExecutorService;

/**
 * On the embedded H2 database, the blocking work of requests ({@code @ExecuteOn(BLOCKING)}) runs on
 * platform threads (Micronaut's I/O pool), not on virtual threads.
 *
 * <p>Why: H2 runs inside the shop's process, and its MVStore waits for other transactions partly by
 * spinning: a statement that finds a row held by a transaction that is committing retries at once,
 * without parking. On Java 21 and newer Micronaut's blocking executor is virtual threads, which run
 * on one carrier thread per core. Under concurrent writes to the same rows (two carts of one
 * customer filled at once, a checkout), two such retrying statements took both carriers of a
 * 2-core machine, while the transaction they waited for was parked, unmounted, behind the store's
 * lock, and could never get a carrier back: the shop answered nothing for minutes and could not even
 * stop (seen under the cart and checkout load of the benchmark; the thread dump showed both carriers
 * in {@code TransactionMap.set} and every other request waiting for a carrier). The operating system
 * preempts platform threads, so a spinning statement only slows the others down.
 *
 * <p>PostgreSQL waits in its own processes; the shop's threads only wait for a socket, which
 * unmounts a virtual thread. There the blocking work stays on virtual threads.
 */
@Factory
@Requires(property = "datasources.default.url", pattern = "jdbc:h2:.*")
public class EmbeddedDatabaseThreads {
    /** The I/O pool (a cached pool of platform threads) serves the blocking work too. */
    @Singleton
    @Named(TaskExecutors.BLOCKING)
    @Replaces(value = ExecutorService.class, named = TaskExecutors.BLOCKING)
    public ExecutorService blocking(@Named(TaskExecutors.IO) ExecutorService io) {
        return io;
    }
}
