package turgus.persistence.testing

import java.util.concurrent.Callable
import java.util.concurrent.CountDownLatch
import java.util.concurrent.ExecutorService
import java.util.concurrent.Executors
import java.util.concurrent.Future
import java.util.concurrent.TimeUnit

/**
 * Runs one piece of work on many threads released at the same instant, and answers what each
 * thread got: its result, or the exception it threw.
 */
final class Race {
    private Race() {}

    static <T> List<Object> atOnce(int callers, Closure<T> work) {
        ExecutorService pool = Executors.newFixedThreadPool(callers)
        CountDownLatch start = new CountDownLatch(1)
        try {
            List<Future<Object>> futures = (1..callers).collect { int caller ->
                pool.submit({ ->
                    start.await()
                    try {
                        work.maximumNumberOfParameters == 1 ? work(caller) : work()
                    } catch (Exception failure) {
                        failure
                    }
                } as Callable<Object>)
            }
            start.countDown()
            futures.collect { it.get(60, TimeUnit.SECONDS) }
        } finally {
            pool.shutdownNow()
        }
    }
}
