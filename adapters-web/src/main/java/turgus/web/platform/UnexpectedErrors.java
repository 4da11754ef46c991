package turgus.web.platform;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.security.authentication.Authentication;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import java.security.Principal;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import turgus.application.audit.port.in.RecordUnexpectedErrorUseCase;
import turgus.application.availability.port.in.ExplainFailureQuery;
import turgus.domain.account.UserId;
import turgus.domain.shared.Refusal;

/**
 * Turns a failure nobody planned for into a 500 whose body says nothing about the inside (no class
 * name, SQL or stack), and logs the whole story under an id that the body carries, so that the
 * person who saw it can quote it and an operator can find it. The event log gets an {@code
 * UNEXPECTED_ERROR} entry under the same id, written on the blocking pool in a transaction of its own
 * (the failed work's has rolled back, and this may run on the event loop); the answer never waits for
 * it, and a failure to write it is only logged, so that it can never hide or change the 500.
 *
 * <p>An outage is no bug: a database out of reach answers 503 {@code SERVICE_UNAVAILABLE} (with
 * {@code Retry-After}), a full disk 507 {@code STORAGE_FULL}, as the refusals {@link
 * ExplainFailureQuery} names them; each is logged as a warning and writes no event, since the
 * event log is as unreachable as the rest.
 */
@Singleton
public class UnexpectedErrors {
    private static final Logger LOG = LoggerFactory.getLogger(UnexpectedErrors.class);

    private final RecordUnexpectedErrorUseCase events;
    private final ExecutorService blocking;
    private final ClientAddressResolver addresses;
    private final ExplainFailureQuery outages;

    public UnexpectedErrors(
            RecordUnexpectedErrorUseCase events,
            @Named(TaskExecutors.BLOCKING) ExecutorService blocking,
            ClientAddressResolver addresses,
            ExplainFailureQuery outages) {
        this.events = events;
        this.blocking = blocking;
        this.addresses = addresses;
        this.outages = outages;
    }

    public MutableHttpResponse<ErrorBody> answer(HttpRequest<?> request, Throwable cause) {
        Refusal outage = outages.explain(cause).orElse(null);
        if (outage != null) {
            LOG.warn(
                    "{} on {} {}: {}", outage.reason(), request.getMethodName(), request.getPath(), rootMessage(cause));
            return RefusalHandler.answer(outage);
        }
        String errorId = UUID.randomUUID().toString();
        LOG.error("Unexpected error {} on {} {}", errorId, request.getMethodName(), request.getPath(), cause);
        note(request, errorId);
        return HttpResponse.<ErrorBody>status(HttpStatus.INTERNAL_SERVER_ERROR)
                .body(new ErrorBody(500, ErrorMessages.UNEXPECTED, null, null, errorId));
    }

    /** A 5xx produced by the framework itself, perhaps without any exception to log. */
    public ErrorBody body(HttpRequest<?> request, int code, Throwable cause) {
        String errorId = UUID.randomUUID().toString();
        if (cause != null) {
            LOG.error("Unexpected error {} on {} {}", errorId, request.getMethodName(), request.getPath(), cause);
        } else {
            LOG.error("Error {} ({}) on {} {}", errorId, code, request.getMethodName(), request.getPath());
        }
        note(request, errorId);
        return new ErrorBody(code, ErrorMessages.forStatus(code), null, null, errorId);
    }

    private void note(HttpRequest<?> request, String errorId) {
        try {
            String method = request.getMethodName();
            String path = request.getPath();
            UserId user = signedIn(request);
            String ip = clientAddress(request);
            blocking.execute(() -> {
                try {
                    events.recordUnexpectedError(errorId, method, path, user, ip);
                } catch (RuntimeException failed) {
                    LOG.warn("Could not write unexpected error {} to the event log", errorId, failed);
                }
            });
        } catch (RuntimeException refused) {
            // A full or stopping pool, say: the 500 goes out all the same.
            LOG.warn("Could not note unexpected error {} in the event log", errorId, refused);
        }
    }

    private static String rootMessage(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName() + ": " + root.getMessage();
    }

    private String clientAddress(HttpRequest<?> request) {
        try {
            return addresses.resolve(request);
        } catch (RuntimeException unknown) {
            return null;
        }
    }

    private static UserId signedIn(HttpRequest<?> request) {
        Principal principal = request.getUserPrincipal().orElse(null);
        if (principal instanceof Authentication authentication) {
            try {
                return UserId.of(Long.parseLong(authentication.getName()));
            } catch (RuntimeException notAnId) {
                return null;
            }
        }
        return null;
    }
}
