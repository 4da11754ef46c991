package turgus.web.platform;

import io.micronaut.context.annotation.Value;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.convert.format.ReadableBytes;
import io.micronaut.core.order.Ordered;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.filter.ServerFilterPhase;

/**
 * Keeps ordinary bodies (JSON) to {@code shop.limits.json-body} (1 MB). The server's own limit,
 * {@code micronaut.server.max-request-size}, is a little above the 2 MB a picture upload may
 * carry, so this filter refuses a larger JSON body before anything reads it. A body sent without a
 * length (chunked) is only held to the server's limit.
 */
@ServerFilter(ServerFilter.MATCH_ALL_PATTERN)
public class BodySizeFilter implements Ordered {
    private final long maxJsonBytes;

    public BodySizeFilter(@Value("${shop.limits.json-body:1MB}") @ReadableBytes long maxJsonBytes) {
        this.maxJsonBytes = maxJsonBytes;
    }

    @RequestFilter
    @Nullable
    public HttpResponse<ErrorBody> limit(HttpRequest<?> request) {
        long length = request.getContentLength();
        if (length <= maxJsonBytes) {
            return null;
        }
        boolean multipart = request.getContentType()
                .map(type -> type.matches(MediaType.MULTIPART_FORM_DATA_TYPE))
                .orElse(false);
        if (multipart) {
            return null;
        }
        return HttpResponse.<ErrorBody>status(HttpStatus.REQUEST_ENTITY_TOO_LARGE)
                .body(ErrorBody.of(413, "The request body is too large: at most " + readable(maxJsonBytes) + "."));
    }

    static String readable(long bytes) {
        if (bytes >= 1024 * 1024 && bytes % (1024 * 1024) == 0) {
            return bytes / (1024 * 1024) + " MB";
        }
        if (bytes >= 1024 && bytes % 1024 == 0) {
            return bytes / 1024 + " KB";
        }
        return bytes + " bytes";
    }

    @Override
    public int getOrder() {
        return ServerFilterPhase.FIRST.after();
    }
}
