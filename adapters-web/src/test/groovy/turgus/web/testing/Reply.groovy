package turgus.web.testing

import groovy.json.JsonSlurper
import io.micronaut.http.HttpResponse

/** An HTTP answer as a test reads it: status, headers, text and, when it is JSON, the parsed body. */
class Reply {
    final int status
    final Map<String, List<String>> headers
    final String text
    final byte[] bytes

    Reply(HttpResponse<byte[]> response) {
        status = response.code()
        headers = response.headers.asMap().collectEntries { k, v -> [(k.toLowerCase(Locale.ROOT)): v] } as Map<String, List<String>>
        byte[] bytes = response.getBody(byte[]).orElse(new byte[0])
        text = new String(bytes, 'UTF-8')
        this.bytes = bytes
    }

    /** The body parsed as JSON (maps, lists, numbers as BigDecimal). */
    def getJson() {
        text ? new JsonSlurper().parseText(text) : null
    }

    String header(String name) {
        headers[name.toLowerCase(Locale.ROOT)]?.first()
    }

    String getContentType() {
        header('Content-Type')
    }

    @Override
    String toString() {
        "${status} ${text.length() > 500 ? text.substring(0, 500) + '…' : text}"
    }
}
