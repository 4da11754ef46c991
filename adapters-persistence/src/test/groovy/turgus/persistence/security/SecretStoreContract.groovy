package turgus.persistence.security

import spock.lang.Specification
import turgus.application.security.port.out.SecretStore

import java.util.concurrent.Callable
import java.util.concurrent.CyclicBarrier
import java.util.concurrent.ExecutorService
import java.util.concurrent.Executors
import java.util.concurrent.TimeUnit
import java.util.function.Supplier

/** What every {@link SecretStore} promises. Each feature starts without secrets. */
abstract class SecretStoreContract extends Specification {
    abstract SecretStore getStore()

    def "the first caller's generated secret is stored and answered"() {
        when:
        String secret = store.getOrCreate('jwt-signing-secret', { 'first-secret' } as Supplier<String>)

        then:
        secret == 'first-secret'
    }

    def "a stored secret is answered without generating another"() {
        given:
        store.getOrCreate('jwt-signing-secret', { 'stored-secret' } as Supplier<String>)
        Supplier<String> generator = Mock()

        when:
        String secret = store.getOrCreate('jwt-signing-secret', generator)

        then:
        secret == 'stored-secret'
        0 * generator.get()
    }

    def "secrets with different names are kept apart"() {
        when:
        store.getOrCreate('one', { 'value-one' } as Supplier<String>)
        store.getOrCreate('two', { 'value-two' } as Supplier<String>)

        then:
        store.getOrCreate('one', { 'other' } as Supplier<String>) == 'value-one'
        store.getOrCreate('two', { 'other' } as Supplier<String>) == 'value-two'
    }

    def "a generator that answers nothing stores nothing"() {
        when:
        store.getOrCreate('empty', { generated } as Supplier<String>)

        then:
        thrown(IllegalStateException)
        store.getOrCreate('empty', { 'real' } as Supplier<String>) == 'real'

        where:
        generated << [null, '', '   ']
    }

    def "instances racing to create a secret all end up with the one that was stored"() {
        given: 'callers that each generate their own secret, only after all of them found none stored'
        int callers = 8
        CyclicBarrier allFoundNone = new CyclicBarrier(callers)
        ExecutorService pool = Executors.newFixedThreadPool(callers)
        List<Callable<String>> racers = (1..callers).collect { int n ->
            { ->
                store.getOrCreate('raced-secret', { ->
                    allFoundNone.await(30, TimeUnit.SECONDS)
                    "secret-of-caller-${n}".toString()
                } as Supplier<String>)
            } as Callable<String>
        }

        when:
        List<String> answers = pool.invokeAll(racers, 60, TimeUnit.SECONDS)*.get()

        then: 'one caller won, and every caller answers its secret'
        answers.size() == callers
        answers.toSet().size() == 1
        answers.first() ==~ /secret-of-caller-\d/
        store.getOrCreate('raced-secret', { 'late' } as Supplier<String>) == answers.first()

        cleanup:
        pool.shutdownNow()
    }
}
