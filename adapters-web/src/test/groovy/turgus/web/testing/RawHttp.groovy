package turgus.web.testing

import java.nio.charset.StandardCharsets

/**
 * A bare HTTP/1.1 client over a socket, for requests a well-behaved client refuses to make:
 * malformed percent escapes, raw dot segments, any content type or header. One connection per
 * request ({@code Connection: close}); chunked answers are decoded.
 */
class RawHttp {
    /** An answer: status, headers (lower-case names) and body text. */
    static class Answer {
        int status
        Map<String, String> headers = [:]
        String text

        String toString() {
            "${status} ${text.length() > 500 ? text.substring(0, 500) + '…' : text}"
        }
    }

    final String host
    final int port

    RawHttp(String host, int port) {
        this.host = host
        this.port = port
    }

    Answer send(String method, String target, Map<String, String> headers, String contentType, byte[] body) {
        Socket socket = new Socket(host, port)
        try {
            socket.soTimeout = 60_000
            StringBuilder head = new StringBuilder("${method} ${target} HTTP/1.1\r\nHost: ${host}:${port}\r\nConnection: close\r\n")
            headers.each { name, value -> head.append(name).append(': ').append(value).append('\r\n') }
            if (contentType != null) {
                head.append('Content-Type: ').append(contentType).append('\r\n')
            }
            if (body != null || method in ['POST', 'PUT', 'PATCH']) {
                head.append('Content-Length: ').append(body?.length ?: 0).append('\r\n')
            }
            head.append('\r\n')
            OutputStream out = new BufferedOutputStream(socket.outputStream)
            try {
                out.write(head.toString().getBytes(StandardCharsets.UTF_8))
                if (body != null) {
                    out.write(body)
                }
                out.flush()
            } catch (IOException ignored) {
                // The server may answer (413) and close before it has read the whole body.
            }
            read(new BufferedInputStream(socket.inputStream))
        } finally {
            socket.close()
        }
    }

    private static Answer read(InputStream input) {
        Answer answer = new Answer()
        String statusLine = line(input)
        assert statusLine ==~ /HTTP\/1\.[01] \d{3}.*/: "no HTTP answer: ${statusLine}"
        answer.status = statusLine.substring(9, 12) as int
        String header
        while ((header = line(input))) {
            int colon = header.indexOf(':')
            answer.headers[header.substring(0, colon).trim().toLowerCase(Locale.ROOT)] = header.substring(colon + 1).trim()
        }
        byte[] bytes
        if (answer.headers['transfer-encoding']?.equalsIgnoreCase('chunked')) {
            ByteArrayOutputStream collected = new ByteArrayOutputStream()
            while (true) {
                int size = Integer.parseInt(line(input).split(';')[0].trim(), 16)
                if (size == 0) {
                    break
                }
                collected.write(input.readNBytes(size))
                line(input)
            }
            bytes = collected.toByteArray()
        } else if (answer.headers['content-length'] != null) {
            bytes = input.readNBytes(answer.headers['content-length'] as int)
        } else {
            bytes = input.readAllBytes()
        }
        answer.text = new String(bytes, StandardCharsets.UTF_8)
        answer
    }

    private static String line(InputStream input) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream()
        int b
        while ((b = input.read()) != -1 && b != 10) {
            if (b != 13) {
                bytes.write(b)
            }
        }
        b == -1 && bytes.size() == 0 ? null : new String(bytes.toByteArray(), StandardCharsets.ISO_8859_1)
    }
}
