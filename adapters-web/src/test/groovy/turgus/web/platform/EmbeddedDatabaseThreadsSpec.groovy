package turgus.web.platform

import io.micronaut.scheduling.TaskExecutors
import io.micronaut.test.extensions.spock.annotation.MicronautTest
import jakarta.inject.Inject
import jakarta.inject.Named
import turgus.persistence.testing.TestDatabase
import turgus.web.testing.WebSpec

import java.util.concurrent.ExecutorService

/**
 * The blocking work of requests runs on platform threads on the embedded H2 database, whose
 * transactions wait for each other partly by spinning (EmbeddedDatabaseThreads), and on virtual
 * threads on PostgreSQL when the JVM has them.
 */
@MicronautTest(transactional = false)
class EmbeddedDatabaseThreadsSpec extends WebSpec {
    @Inject
    @Named(TaskExecutors.BLOCKING)
    ExecutorService blocking

    void "the blocking work runs on #expected threads on this database"() {
        when:
        boolean virtual = blocking.submit({ runsOnVirtualThread() } as java.util.concurrent.Callable<Boolean>).get()

        then:
        virtual == (TestDatabase.postgreSql && Runtime.version().feature() >= 21)

        where:
        expected = TestDatabase.postgreSql ? 'virtual (Java 21 and newer)' : 'platform'
    }

    /** Thread.isVirtual() exists from Java 21 on; before, every thread is a platform thread. */
    private static boolean runsOnVirtualThread() {
        Thread current = Thread.currentThread()
        current.metaClass.respondsTo(current, 'isVirtual') ? current.isVirtual() : false
    }
}
