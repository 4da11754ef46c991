package turgus.web.platform

import io.micronaut.http.HttpRequest
import io.micronaut.http.MutableHttpResponse
import spock.lang.Specification
import turgus.application.audit.port.in.RecordUnexpectedErrorUseCase
import turgus.application.availability.FailureExplanationService
import turgus.application.availability.port.in.ExplainFailureQuery
import turgus.application.availability.port.out.FailureDiagnosis
import turgus.domain.shared.Refusal
import turgus.application.availability.ServiceUnavailable

import java.util.concurrent.AbstractExecutorService
import java.util.concurrent.ExecutorService
import java.util.concurrent.RejectedExecutionException
import java.util.concurrent.TimeUnit

/** The 500 of an unexpected error goes out whatever becomes of its event-log entry. */
class UnexpectedErrorsSpec extends Specification {
    static final HttpRequest<?> REQUEST = HttpRequest.GET('/api/cart')
    static final ExplainFailureQuery NO_OUTAGE = { Throwable failure -> Optional.empty() } as ExplainFailureQuery

    /** Runs each task at once, in the caller's thread. */
    static class DirectExecutor extends AbstractExecutorService {
        void shutdown() {}
        List<Runnable> shutdownNow() { [] }
        boolean isShutdown() { false }
        boolean isTerminated() { false }
        boolean awaitTermination(long timeout, TimeUnit unit) { true }
        void execute(Runnable task) { task.run() }
    }

    /** Refuses every task, as a pool that is shutting down does. */
    static class RefusingExecutor extends DirectExecutor {
        void execute(Runnable task) { throw new RejectedExecutionException('shutting down') }
    }

    def "the entry carries the 500's error id, the method and the path"() {
        given:
        List<List> written = []
        RecordUnexpectedErrorUseCase log = { String id, String method, String path, user, ip -> written << [id, method, path] }
        UnexpectedErrors errors = new UnexpectedErrors(log, new DirectExecutor(), new ClientAddressResolver(''), NO_OUTAGE)

        when:
        MutableHttpResponse<ErrorBody> answer = errors.answer(REQUEST, new IllegalStateException('boom'))

        then:
        answer.code() == 500
        written == [[answer.body().errorId(), 'GET', '/api/cart']]
    }

    def "a 500 goes out unchanged when the event log cannot be written: #why"() {
        given:
        UnexpectedErrors errors = new UnexpectedErrors(log, executor, new ClientAddressResolver(''), NO_OUTAGE)

        when:
        MutableHttpResponse<ErrorBody> answer = errors.answer(REQUEST, new IllegalStateException('boom'))
        ErrorBody framework = errors.body(REQUEST, 503, null)

        then:
        answer.code() == 500
        answer.body().errorId() ==~ /[0-9a-f-]{36}/
        answer.body().message() == ErrorMessages.UNEXPECTED
        framework.errorId() ==~ /[0-9a-f-]{36}/

        where:
        why                        | executor               | log
        'the database is away'     | new DirectExecutor()   | { a, b, c, d, e -> throw new IllegalStateException('connection refused') } as RecordUnexpectedErrorUseCase
        'the pool refuses the task' | new RefusingExecutor() | { a, b, c, d, e -> } as RecordUnexpectedErrorUseCase
    }

    def "an outage is answered as what it is, #status #reason, and writes no event"() {
        given:
        List<String> written = []
        RecordUnexpectedErrorUseCase log = { String id, String method, String path, user, ip -> written << id }
        FailureDiagnosis database = { Throwable thrown ->
            thrown.cause?.message == 'pool timed out' ? Optional.<Refusal> of(new ServiceUnavailable(thrown)) : Optional.<Refusal> empty()
        } as FailureDiagnosis
        UnexpectedErrors errors = new UnexpectedErrors(log, new DirectExecutor(), new ClientAddressResolver(''),
                new FailureExplanationService([database]))

        when:
        MutableHttpResponse<ErrorBody> answer = errors.answer(REQUEST, failure)

        then:
        answer.code() == status
        answer.body().code() == status
        answer.body().reason() == reason
        answer.body().errorId() == null
        answer.body().retryAfterSeconds() == retryAfter
        answer.header('Retry-After') == (retryAfter == null ? null : String.valueOf(retryAfter))
        !answer.body().message().contains('pool') && !answer.body().message().contains('device')
        written.isEmpty()

        where:
        failure                                                                          || status | reason                | retryAfter
        new RuntimeException('query failed', new IllegalStateException('pool timed out')) || 503    | 'SERVICE_UNAVAILABLE' | 5
        new UncheckedIOException('picture', new IOException('No space left on device'))  || 507    | 'STORAGE_FULL'        | null
    }
}
