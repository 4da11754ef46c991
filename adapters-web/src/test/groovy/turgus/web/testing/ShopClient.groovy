package turgus.web.testing

import groovy.json.JsonOutput
import groovy.json.JsonSlurper
import jakarta.mail.Session
import jakarta.mail.internet.MimeMessage

import java.net.http.HttpClient
import java.net.http.HttpRequest
import java.net.http.HttpResponse
import java.nio.file.Files
import java.nio.file.Path
import java.time.Duration
import java.util.concurrent.CompletableFuture

/**
 * A plain JDK HTTP client of a {@link ShopProcess}: every call goes to the shop's current port (it
 * changes on each restart) and answers status and parsed JSON; a refused or broken connection is
 * thrown as the {@link IOException} it is.
 */
class ShopClient {
    static final String PASSWORD = 'Correct-horse-7!'

    private final ShopProcess shop
    private final HttpClient http = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(2))
            .build()

    ShopClient(ShopProcess shop) {
        this.shop = shop
    }

    /** An answer: the status and the body, parsed when it is JSON. */
    static class Answer {
        int status
        Object json
        String text

        boolean isOk() {
            status >= 200 && status < 300
        }

        @Override
        String toString() {
            "${status} ${text}"
        }
    }

    boolean healthy() {
        try {
            send('GET', '/health', null, null, [:], Duration.ofSeconds(2)).status == 200
        } catch (IOException ignored) {
            false
        }
    }

    Answer get(String path, String token = null) {
        send('GET', path, null, token)
    }

    Answer post(String path, Object body = null, String token = null, Map<String, String> headers = [:]) {
        send('POST', path, body, token, headers)
    }

    Answer put(String path, Object body, String token = null) {
        send('PUT', path, body, token)
    }

    Answer delete(String path, String token = null) {
        send('DELETE', path, null, token)
    }

    Answer send(String method, String path, Object body, String token, Map<String, String> headers = [:],
                Duration timeout = Duration.ofSeconds(20)) {
        answer(http.send(request(method, path, body, token, headers, timeout), HttpResponse.BodyHandlers.ofString()))
    }

    /** Sends without waiting, for a request that should still be in flight while something else happens. */
    CompletableFuture<Answer> sendAsync(String method, String path, Object body, String token,
                                        Map<String, String> headers = [:]) {
        http.sendAsync(request(method, path, body, token, headers, Duration.ofSeconds(60)), HttpResponse.BodyHandlers.ofString())
                .thenApply { answer(it) }
    }

    private HttpRequest request(String method, String path, Object body, String token, Map<String, String> headers,
                                Duration timeout) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(shop.baseUrl + path)).timeout(timeout)
        if (token) {
            builder.header('Authorization', "Bearer ${token}")
        }
        headers.each { name, value -> builder.header(name, value) }
        if (body != null) {
            builder.header('Content-Type', 'application/json')
            builder.method(method, HttpRequest.BodyPublishers.ofString(JsonOutput.toJson(body)))
        } else {
            builder.method(method, method == 'POST' ? HttpRequest.BodyPublishers.ofString('') : HttpRequest.BodyPublishers.noBody())
        }
        builder.build()
    }

    private static Answer answer(HttpResponse<String> response) {
        String text = response.body()
        Object json = null
        if (text && (text.startsWith('{') || text.startsWith('['))) {
            json = new JsonSlurper().parseText(text)
        }
        new Answer(status: response.statusCode(), json: json, text: text)
    }

    // --- accounts ------------------------------------------------------------------------

    /** Signs in and answers the access token. */
    String login(String email, String password = PASSWORD) {
        Answer answer = post('/api/auth/login', [username: email, password: password])
        assert answer.status == 200: "login of ${email} failed: ${answer}"
        answer.json.access_token
    }

    String loginAdmin() {
        login(ShopProcess.ADMIN_EMAIL, ShopProcess.ADMIN_PASSWORD)
    }

    /**
     * Registers a customer the way a person does: the form, the code from the mail in the shop's
     * outbox folder, the confirmation. Answers {@code [id, email]}.
     */
    Map register(String email, String phone) {
        Answer started = post('/api/auth/register', [fullName: 'Child Customer', email: email, phone: phone,
                                                     password: PASSWORD, passwordConfirmation: PASSWORD])
        assert started.status == 202: "registration of ${email} failed: ${started}"
        String code = null
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos()
        while (code == null && System.nanoTime() < deadline) {
            code = codeMailedTo(email)
            if (code == null) {
                Thread.sleep(100)
            }
        }
        assert code: "no registration code was mailed to ${email}"
        Answer confirmed = post('/api/auth/register/confirm', [email: email, code: code])
        assert confirmed.status == 201: "confirmation of ${email} failed: ${confirmed}"
        [id: confirmed.json.id as long, email: email]
    }

    private String codeMailedTo(String email) {
        Path outbox = shop.dataDir.resolve('outbox')
        if (!Files.isDirectory(outbox)) {
            return null
        }
        List<Path> files = Files.list(outbox).withCloseable { it.filter { it.toString().endsWith('.eml') }.toList() }
        for (Path file : files) {
            MimeMessage mail = Files.newInputStream(file).withCloseable { new MimeMessage(Session.getInstance(new Properties()), it) }
            if (mail.allRecipients*.toString().contains(email)) {
                def found = (mail.content as String) =~ /code is (\d{6})/
                if (found.find()) {
                    return found.group(1)
                }
            }
        }
        null
    }

    /** Every row of a paged list, page by page. */
    List<Map> all(String path, String token) {
        List<Map> items = []
        int page = 0
        while (true) {
            Answer answer = get("${path}${path.contains('?') ? '&' : '?'}page=${page}&size=100", token)
            assert answer.status == 200: "${path}: ${answer}"
            items.addAll(answer.json.items as List<Map>)
            if (++page >= (answer.json.totalPages as int)) {
                return items
            }
        }
    }
}
