package turgus.web.platform;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;
import jakarta.inject.Singleton;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns a failure nobody planned for into a 500 whose body says nothing about the inside (no class
 * name, SQL or stack), and logs the whole story under an id that the body carries, so that the
 * person who saw it can quote it and an operator can find it.
 */
@Singleton
public class UnexpectedErrors {
    private static final Logger LOG = LoggerFactory.getLogger(UnexpectedErrors.class);

    public MutableHttpResponse<ErrorBody> answer(HttpRequest<?> request, Throwable cause) {
        String errorId = UUID.randomUUID().toString();
        LOG.error("Unexpected error {} on {} {}", errorId, request.getMethodName(), request.getPath(), cause);
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
        return new ErrorBody(code, ErrorMessages.forStatus(code), null, null, errorId);
    }
}
