package turgus.web.platform;

import io.micronaut.context.annotation.Value;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.convert.format.ReadableBytes;
import io.micronaut.core.order.Ordered;
import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.filter.ServerFilterPhase;

/**
 * Holds each body to what its route needs, before anything reads it: ordinary bodies (JSON) to
 * {@code shop.limits.json-body} (1 MB), multipart uploads to {@code shop.limits.upload} (2 MB, a
 * picture) plus their envelope, and only the backup upload ({@code POST /api/admin/backups/restore})
 * to {@code shop.limits.backup-upload} (512 MB). The server's own limit, {@code
 * micronaut.server.max-request-size}, is the largest of them; a body sent without a length (chunked)
 * is only held to that and to {@code micronaut.server.multipart.max-file-size}.
 */
@ServerFilter(ServerFilter.MATCH_ALL_PATTERN)
public class BodySizeFilter implements Ordered {
    /** Room for a multipart body's boundaries and part headers around the file. */
    static final long MULTIPART_ENVELOPE = 16 * 1024;

    static final String BACKUP_UPLOAD_PATH = "/api/admin/backups/restore";

    private final long maxJsonBytes;
    private final long maxUploadBytes;
    private final long maxBackupBytes;

    public BodySizeFilter(
            @Value("${shop.limits.json-body:1MB}") @ReadableBytes long maxJsonBytes,
            @Value("${shop.limits.upload:2MB}") @ReadableBytes long maxUploadBytes,
            @Value("${shop.limits.backup-upload:512MB}") @ReadableBytes long maxBackupBytes) {
        this.maxJsonBytes = maxJsonBytes;
        this.maxUploadBytes = maxUploadBytes;
        this.maxBackupBytes = maxBackupBytes;
    }

    @RequestFilter
    @Nullable
    public HttpResponse<ErrorBody> limit(HttpRequest<?> request) {
        long length = request.getContentLength();
        if (length <= Math.min(maxJsonBytes, maxUploadBytes)) {
            return null;
        }
        boolean multipart = request.getContentType()
                .map(type -> type.matches(MediaType.MULTIPART_FORM_DATA_TYPE))
                .orElse(false);
        long allowed = maxJsonBytes;
        if (multipart) {
            boolean backupUpload =
                    request.getMethod() == HttpMethod.POST && BACKUP_UPLOAD_PATH.equals(request.getPath());
            allowed = backupUpload ? maxBackupBytes : maxUploadBytes;
        }
        if (length <= (multipart ? allowed + MULTIPART_ENVELOPE : allowed)) {
            return null;
        }
        return HttpResponse.<ErrorBody>status(HttpStatus.REQUEST_ENTITY_TOO_LARGE)
                .body(ErrorBody.of(413, "The request body is too large: at most " + readable(allowed) + "."));
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
