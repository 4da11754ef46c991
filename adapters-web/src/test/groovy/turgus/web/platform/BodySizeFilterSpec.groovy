package turgus.web.platform

import io.micronaut.http.HttpMethod
import io.micronaut.http.HttpRequest
import io.micronaut.http.MediaType
import spock.lang.Specification

/** Each route's body limit: JSON 1 MB, a picture 2 MB, only the backup upload 512 MB. */
class BodySizeFilterSpec extends Specification {
    static final long MB = 1024 * 1024
    BodySizeFilter filter = new BodySizeFilter(1 * MB, 2 * MB, 512 * MB)

    def "#method #path with #type of #length bytes is #answer"() {
        given:
        def request = HttpRequest.create(HttpMethod.valueOf(method), path)
                .contentType(type)
                .header('Content-Length', String.valueOf(length))

        when:
        def refused = filter.limit(request)

        then:
        (refused == null ? 'let through' : "refused ${refused.status().code}") == answer
        refused == null || refused.body().message().startsWith('The request body is too large: at most ')

        where:
        method | path                             | type                          | length            || answer
        'POST' | '/api/orders'                    | MediaType.APPLICATION_JSON    | MB                || 'let through'
        'POST' | '/api/orders'                    | MediaType.APPLICATION_JSON    | MB + 1            || 'refused 413'
        'PUT'  | '/api/me/picture'                | MediaType.MULTIPART_FORM_DATA | 2 * MB + 500      || 'let through'
        'PUT'  | '/api/me/picture'                | MediaType.MULTIPART_FORM_DATA | 3 * MB            || 'refused 413'
        'POST' | '/api/admin/backups/restore'     | MediaType.MULTIPART_FORM_DATA | 400 * MB          || 'let through'
        'POST' | '/api/admin/backups/restore'     | MediaType.MULTIPART_FORM_DATA | 513 * MB          || 'refused 413'
        'POST' | '/api/admin/backups/restore'     | MediaType.APPLICATION_JSON    | 2 * MB            || 'refused 413'
        'POST' | '/api/admin/backups/x/restore'   | MediaType.MULTIPART_FORM_DATA | 400 * MB          || 'refused 413'
        'PUT'  | '/api/admin/backups/restore'     | MediaType.MULTIPART_FORM_DATA | 400 * MB          || 'refused 413'
    }
}
