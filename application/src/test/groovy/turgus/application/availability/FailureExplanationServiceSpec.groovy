package turgus.application.availability

import spock.lang.Specification
import turgus.application.availability.port.out.FailureDiagnosis
import turgus.domain.shared.Refusal
import turgus.domain.shared.RefusalReason

class FailureExplanationServiceSpec extends Specification {
    static final FailureDiagnosis DATABASE = { Throwable thrown ->
        thrown.message == 'connection refused' ? Optional.<Refusal> of(new ServiceUnavailable(thrown)) : Optional.<Refusal> empty()
    } as FailureDiagnosis

    FailureExplanationService service = new FailureExplanationService([DATABASE])

    void "#what is explained as #reason"() {
        expect:
        service.explain(failure).map { it.reason() }.orElse(null) == reason

        where:
        what                                       | failure                                                                                  || reason
        'a file error for a full disk'             | new UncheckedIOException('picture', new IOException('No space left on device'))        || RefusalReason.STORAGE_FULL
        'a driver that kept only the words'        | new IllegalStateException('IO Exception: "java.io.IOException: No space left on device"') || RefusalReason.STORAGE_FULL
        'a full disk among suppressed failures'    | suppressing(new IOException('No space left on device'))                                 || RefusalReason.STORAGE_FULL
        'what an adapter knows as an outage'       | new IllegalStateException('connection refused')                                         || RefusalReason.SERVICE_UNAVAILABLE
        'any other file error'                     | new UncheckedIOException('picture', new IOException('Permission denied'))              || null
        'a bug'                                    | new NullPointerException()                                                               || null
        'nothing'                                  | null                                                                                     || null
    }

    void "an outage tells the client when to try again"() {
        expect:
        new ServiceUnavailable(new IllegalStateException('down')).details() == [retryAfterSeconds: 5L]
        new StorageFull(new IOException('No space left on device')).details() == [:]
    }

    private static Throwable suppressing(Throwable inner) {
        RuntimeException outer = new RuntimeException('rollback failed')
        outer.addSuppressed(inner)
        outer
    }
}
