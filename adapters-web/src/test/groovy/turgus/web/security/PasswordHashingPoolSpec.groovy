package turgus.web.security

import spock.lang.AutoCleanup
import spock.lang.Specification
import spock.lang.Timeout
import turgus.application.shared.ServerBusyException
import turgus.domain.shared.RefusalReason

import java.time.Duration
import java.util.concurrent.Callable
import java.util.concurrent.CountDownLatch
import java.util.concurrent.ExecutorService
import java.util.concurrent.Executors
import java.util.concurrent.Future
import java.util.concurrent.TimeUnit
import java.util.concurrent.atomic.AtomicInteger
import java.util.function.Supplier

/**
 * The bounded hashing pool with a slow stand-in for bcrypt, raced by real threads: at most so many
 * run at once, the line and the wait are bounded, what does not fit is refused as SERVER_BUSY
 * before it runs, and no thread outlives the pool.
 */
@Timeout(60)
class PasswordHashingPoolSpec extends Specification {
    @AutoCleanup('shutdownNow')
    ExecutorService callers = Executors.newCachedThreadPool()

    List<PasswordHashingPool> pools = []

    def cleanup() {
        pools*.close()
    }

    PasswordHashingPool pool(int threads, int queue, Duration maxWait) {
        PasswordHashingPool pool = new PasswordHashingPool(threads, queue, maxWait)
        pools << pool
        pool
    }

    /** Work that holds its thread until released, and says when it has started. */
    static class Blocker implements Supplier<String> {
        final CountDownLatch started = new CountDownLatch(1)
        final CountDownLatch release = new CountDownLatch(1)

        @Override
        String get() {
            started.countDown()
            release.await(30, TimeUnit.SECONDS)
            'released'
        }
    }

    /** Calls pool.run(work) on another thread. */
    Future<Object> runAside(PasswordHashingPool pool, Supplier<?> work) {
        callers.submit({ pool.run(work) } as Callable<Object>)
    }

    static void eventually(Closure<Boolean> condition) {
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(10)
        while (!condition()) {
            assert System.nanoTime() < end: 'the condition did not come true in 10 s'
            Thread.sleep(5)
        }
    }

    void "the work runs on the pool's own threads and its answer, or its exception, reaches the caller"() {
        given:
        PasswordHashingPool pool = pool(2, 4, Duration.ofSeconds(5))

        expect:
        pool.run { Thread.currentThread().name } ==~ /password-hashing-\d+/
        pool.run { 42 } == 42

        when:
        pool.run { throw new IllegalArgumentException('broken hash') }

        then:
        IllegalArgumentException thrown = thrown()
        thrown.message == 'broken hash'
    }

    void "defaults: one thread per core, a line of 32 per thread"() {
        when:
        PasswordHashingPool pool = pool(0, -1, Duration.ofSeconds(2))

        then:
        pool.threads() == Runtime.runtime.availableProcessors()
        pool.queueLength() == 32 * pool.threads()
    }

    void "#callerCount racing callers of slow work: all are answered, never more than #threads run at once"() {
        given:
        PasswordHashingPool pool = pool(threads, callerCount, Duration.ofSeconds(30))
        AtomicInteger now = new AtomicInteger()
        AtomicInteger most = new AtomicInteger()
        Supplier<Integer> slowHash = {
            int running = now.incrementAndGet()
            most.accumulateAndGet(running, Math::max)
            Thread.sleep(20)
            now.decrementAndGet()
            running
        }
        CountDownLatch go = new CountDownLatch(1)

        when:
        List<Future<Object>> answers = (1..callerCount).collect {
            callers.submit({ go.await(); pool.run(slowHash) } as Callable<Object>)
        }
        go.countDown()
        answers*.get(30, TimeUnit.SECONDS)

        then:
        most.get() == threads
        pool.rejections() == 0
        pool.liveThreads() <= threads

        where:
        threads | callerCount
        1       | 8
        2       | 16
        3       | 24
    }

    void "with #threads busy threads and #waiting waiting, a line of #queue #outcome"() {
        given:
        PasswordHashingPool pool = pool(threads, queue, Duration.ofSeconds(30))
        List<Blocker> blockers = (1..threads).collect { new Blocker() }
        List<Future<Object>> running = blockers.collect { runAside(pool, it) }
        blockers.each { assert it.started.await(10, TimeUnit.SECONDS) }
        List<Future<Object>> inLine = (0..<waiting).collect { runAside(pool, { 'waited' } as Supplier) }
        eventually { pool.queued() == waiting }
        AtomicInteger ran = new AtomicInteger()

        when:
        Future<Object> next = runAside(pool, { ran.incrementAndGet(); 'ran' } as Supplier)
        Throwable failure = null
        Object answer = null
        if (refused) {
            try {
                next.get(10, TimeUnit.SECONDS)
            } catch (java.util.concurrent.ExecutionException e) {
                failure = e.cause
            }
        }
        blockers*.release*.countDown()
        if (!refused) {
            answer = next.get(10, TimeUnit.SECONDS)
        }

        then:
        running*.get(10, TimeUnit.SECONDS).every { it == 'released' }
        inLine*.get(10, TimeUnit.SECONDS).every { it == 'waited' }
        refused == (failure instanceof ServerBusyException)
        !refused || ((ServerBusyException) failure).reason() == RefusalReason.SERVER_BUSY
        !refused || ((ServerBusyException) failure).retryAfterSeconds() >= 1
        refused ? ran.get() == 0 : answer == 'ran'
        pool.rejections() == (refused ? 1 : 0)

        where:
        threads | queue | waiting || refused
        1       | 0     | 0       || true
        1       | 1     | 0       || false
        1       | 1     | 1       || true
        2       | 3     | 2       || false
        2       | 3     | 3       || true
        outcome = refused ? 'refuses the next at once' : 'takes the next'
    }

    void "work that waits longer than the bound is refused, leaves the line, and never runs"() {
        given:
        PasswordHashingPool pool = pool(1, 4, Duration.ofMillis(200))
        Blocker blocker = new Blocker()
        Future<Object> running = runAside(pool, blocker)
        assert blocker.started.await(10, TimeUnit.SECONDS)
        AtomicInteger ran = new AtomicInteger()

        when:
        long start = System.nanoTime()
        pool.run { ran.incrementAndGet() }

        then:
        ServerBusyException busy = thrown()
        TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start) >= 190
        busy.retryAfterSeconds() >= 1
        pool.queued() == 0
        pool.rejections() == 1

        when: 'the thread is free again'
        blocker.release.countDown()

        then: 'the abandoned work was not run, and the next one is'
        running.get(10, TimeUnit.SECONDS) == 'released'
        pool.run { 'next' } == 'next'
        ran.get() == 0
    }

    void "Retry-After grows with the line: the time it needs to drain at the pace of recent work"() {
        given: 'work that took about a second each'
        PasswordHashingPool pool = pool(1, 10, Duration.ofSeconds(30))
        8.times { pool.run { Thread.sleep(1_000 / 8 as long) } }
        long alone = pool.retryAfterSeconds()
        Blocker blocker = new Blocker()
        runAside(pool, blocker)
        assert blocker.started.await(10, TimeUnit.SECONDS)
        List<Blocker> waiting = (1..10).collect { new Blocker() }
        waiting.each { runAside(pool, it) }
        eventually { pool.queued() == 10 }

        when:
        pool.run { 'one too many' }

        then:
        ServerBusyException busy = thrown()
        alone >= 1
        busy.retryAfterSeconds() > alone

        cleanup:
        blocker.release.countDown()
        waiting*.release*.countDown()
    }

    void "closing the pool ends its threads and refuses the work still in line"() {
        given:
        PasswordHashingPool pool = pool(2, 4, Duration.ofSeconds(30))
        List<Blocker> blockers = (1..2).collect { new Blocker() }
        blockers.each { runAside(pool, it) }
        blockers.each { assert it.started.await(10, TimeUnit.SECONDS) }
        Future<Object> inLine = runAside(pool, { 'never' } as Supplier)
        eventually { pool.queued() == 1 }

        when:
        pool.close()
        blockers*.release*.countDown()

        then:
        pool.awaitClosed(Duration.ofSeconds(10))
        pool.liveThreads() == 0

        when:
        inLine.get(10, TimeUnit.SECONDS)

        then:
        java.util.concurrent.ExecutionException failed = thrown()
        failed.cause instanceof ServerBusyException
    }

    void "the pool's threads are daemons named for their work, never more than configured"() {
        given:
        PasswordHashingPool pool = pool(2, 4, Duration.ofSeconds(5))
        Set<Thread> used = Collections.synchronizedSet(new HashSet<Thread>())
        10.times { pool.run { used << Thread.currentThread() } }

        expect:
        used.size() <= 2
        used.every { it.daemon && it.name.startsWith('password-hashing-') }
    }
}
