package turgus.web.testing

import groovy.json.JsonOutput
import com.nimbusds.jose.util.Base64URL
import io.micronaut.data.connection.jdbc.advice.DelegatingDataSource
import groovy.json.JsonSlurper
import io.micronaut.context.annotation.Value
import io.micronaut.core.type.Argument
import io.micronaut.http.HttpRequest
import io.micronaut.http.MediaType
import io.micronaut.http.MutableHttpRequest
import io.micronaut.http.client.HttpClient
import io.micronaut.http.client.annotation.Client
import io.micronaut.http.client.multipart.MultipartBody
import io.micronaut.test.support.TestPropertyProvider
import jakarta.inject.Inject
import spock.lang.Shared
import spock.lang.Specification
import turgus.application.account.port.out.AccountRepository
import turgus.application.account.port.out.PasswordHasher
import turgus.application.mail.port.in.DispatchMailUseCase
import turgus.domain.account.Account
import turgus.domain.account.AccountStatus
import turgus.domain.account.Email
import turgus.domain.account.FullName
import turgus.domain.account.PhoneNumber
import turgus.domain.account.Role
import turgus.persistence.testing.TestDatabase

import jakarta.mail.Session
import jakarta.mail.internet.MimeMessage

import javax.sql.DataSource
import java.sql.Connection
import java.sql.PreparedStatement
import java.sql.ResultSet

import java.nio.charset.StandardCharsets
import java.nio.file.Files
import java.nio.file.Path
import java.time.Instant
import java.util.concurrent.atomic.AtomicInteger

/**
 * The base of every HTTP spec: a running server on its own fresh database (H2, or PostgreSQL when
 * {@code TURGUS_TEST_DB=postgresql}) and its own data folder, a client that hands back every answer
 * (errors too) as a {@link Reply}, and accounts made through the ports, signed in over HTTP.
 *
 * <p>Subclasses add {@code @MicronautTest(transactional = false)}: the server answers on its own
 * connections, so a feature must not hold its writes in an open test transaction.
 */
abstract class WebSpec extends Specification implements TestPropertyProvider {
    public static final String PASSWORD = 'Correct-horse-7!'
    private static final AtomicInteger SEQUENCE = new AtomicInteger()

    @Inject
    @Client('/')
    HttpClient httpClient

    @Inject
    AccountRepository accountRepository

    @Inject
    PasswordHasher passwordHasher

    @Inject
    TestClock clock

    @Inject
    DispatchMailUseCase mailDispatch

    @Inject
    DataSource dataSource

    @Inject
    @Value('${shop.data-dir}')
    String dataDir

    @Shared
    Map<String, TestUser> signedIn = [:]

    /**
     * The stored hash of {@link #PASSWORD}, made once per spec and given to every account it
     * creates: a real hash of the spec's hasher (bcrypt at cost 12 unless {@link #fastHashing()}),
     * checked as such at every sign-in, without paying for a new one per account.
     */
    @Shared
    String passwordHash

    def cleanup() {
        clock?.reset()
    }

    @Override
    Map<String, String> getProperties() {
        Map<String, Object> properties = new LinkedHashMap<>(TestDatabase.properties())
        Path dataFolder = TemporaryFolders.make('turgus-web-')
        properties.putAll([
                'shop.demo-data'                                : 'false',
                'shop.data-dir'                                 : dataFolder.toString(),
                'shop.admin-email'                              : 'admin@turgus.test',
                'shop.admin-password'                           : 'Admin-password-1!',
                'micronaut.http.client.exception-on-error-status': 'false',
                'micronaut.http.client.max-content-length'      : '20971520',
                // Specs sign in far more often than a person: the limit has its own spec.
                'shop.auth-rate-limit'                          : '100000',
                // Specs race logins on a busy test machine, where bcrypt may take a second: the cap on
                // password checks waits long here, and has its own spec (HashingCapSpec).
                'shop.security.hashing.max-wait'                : '60s',
                // Racing logins queue for those checks: the last of ten may answer after more than
                // the client's default 10 s on such a machine.
                'micronaut.http.client.read-timeout'            : '60s',
                // Specs deliver queued mail themselves (outbox()), so that what they read does not
                // depend on the scheduler's timing; the job has its own spec.
                'shop.mail.dispatch-interval'                   : '1h',
                'turgus.test.fast-hashing'                      : fastHashing(),
        ])
        properties.putAll(extraProperties())
        properties.collectEntries { k, v -> [(k): String.valueOf(v)] } as Map<String, String>
    }

    /**
     * Whether passwords are hashed with one round of SHA-256 instead of bcrypt (see
     * CountingPasswordHasher): for specs about what happens around a sign-in, not about the hash,
     * whose every new account and sign-in would otherwise cost a quarter of a second of bcrypt or
     * more. The specs of passwords, sign-ins and their limits keep bcrypt.
     */
    protected boolean fastHashing() {
        false
    }

    /** Settings a spec adds or changes. */
    protected Map<String, Object> extraProperties() {
        [:]
    }

    // --- accounts -------------------------------------------------------------------------

    /** A customer signed in once per spec and reused by its features. */
    TestUser getCustomer() {
        signedIn.computeIfAbsent('customer') { newUser(EnumSet.of(Role.CUSTOMER)) }
    }

    /** An admin (who can shop too) signed in once per spec. */
    TestUser getAdmin() {
        signedIn.computeIfAbsent('admin') { newUser(EnumSet.of(Role.ADMIN, Role.CUSTOMER)) }
    }

    /** A new account with its own email and phone, stored through the port, then signed in over HTTP. */
    TestUser newUser(Set<Role> roles = EnumSet.of(Role.CUSTOMER), AccountStatus status = AccountStatus.ACTIVE) {
        TestUser user = createAccount(roles, status)
        if (status == AccountStatus.ACTIVE) {
            Reply login = post('/api/auth/login', [username: user.email, password: user.password])
            assert login.status == 200: "login failed: ${login}"
            user.accessToken = login.json.access_token
            user.refreshToken = login.json.refresh_token
        }
        user
    }

    /** A stored account that has not signed in. */
    TestUser createAccount(Set<Role> roles = EnumSet.of(Role.CUSTOMER), AccountStatus status = AccountStatus.ACTIVE) {
        int n = SEQUENCE.incrementAndGet()
        String email = "web-user-${n}-${UUID.randomUUID().toString().substring(0, 8)}@example.com"
        String phone = '+7' + String.format('%010d', Math.abs(new Random().nextLong() % 10_000_000_000L))
        Account opened = Account.open(
                new FullName("Test User ${n}"), Email.of(email), new PhoneNumber(phone),
                storedPassword(), roles, Instant.now())
        if (status != AccountStatus.ACTIVE) {
            opened = new Account(null, opened.fullName(), opened.email(), opened.phone(), opened.passwordHash(),
                    opened.roles(), status, null, opened.createdAt(), null)
        }
        Account stored = accountRepository.add(opened)
        new TestUser(stored.id().value(), email, phone, PASSWORD, null, null)
    }

    /** The hash of {@link #PASSWORD} that new accounts store (see {@link #passwordHash}). */
    String storedPassword() {
        if (passwordHash == null) {
            passwordHash = passwordHasher.hash(PASSWORD)
        }
        passwordHash
    }

    /** Signs the user in again over HTTP: a new session with its own tokens. */
    TestUser signIn(TestUser user, String username = user.email) {
        Reply login = post('/api/auth/login', [username: username, password: user.password])
        assert login.status == 200: "login failed: ${login}"
        new TestUser(user.id, user.email, user.phone, user.password, login.json.access_token, login.json.refresh_token)
    }

    /** The session id ({@code sid}) an access token carries. */
    static String sessionOf(String accessToken) {
        Map payload = new JsonSlurper().parseText(
                new String(Base64URL.from(accessToken.split('\\.')[1]).decode(), StandardCharsets.UTF_8)) as Map
        payload.sid
    }

    // --- mail ------------------------------------------------------------------------------

    /**
     * Delivers the queued mails that are due, as the scheduled job would, then answers the mails in
     * the outbox folder (no mail server is configured in the specs), oldest first.
     */
    List<MimeMessage> outbox() {
        while (mailDispatch.dispatchDue() > 0) {
            // A run takes one batch: go on until nothing due is left.
        }
        outboxFolder()
    }

    /** The mails in the outbox folder now, oldest first, without delivering anything first. */
    List<MimeMessage> outboxFolder() {
        Path folder = Path.of(dataDir, 'outbox')
        if (!Files.isDirectory(folder)) {
            return []
        }
        Files.list(folder).withCloseable { files ->
            files.filter { it.toString().endsWith('.eml') }
                    .sorted { a, b -> Files.getLastModifiedTime(a) <=> Files.getLastModifiedTime(b) ?: a <=> b }
                    .collect { file -> Files.newInputStream(file).withCloseable { new MimeMessage(Session.getInstance(new Properties()), it) } }
                    .toList()
        }
    }

    /** The plain text of the newest mail to {@code address}. */
    String lastMailTo(String address) {
        MimeMessage mail = outbox().findAll { it.allRecipients*.toString().contains(address) }.last()
        assert mail: "no mail to ${address}"
        mail.content as String
    }

    // --- event log -------------------------------------------------------------------------

    /** The event_log entries about the account, oldest first. */
    List<Map> eventsOf(long subjectId) {
        Connection connection = DelegatingDataSource.unwrapDataSource(dataSource).connection
        try {
            PreparedStatement query = connection.prepareStatement(
                    'SELECT type, actor_id, ip, details FROM event_log WHERE subject_id = ? ORDER BY id')
            query.setLong(1, subjectId)
            ResultSet rows = query.executeQuery()
            List<Map> events = []
            while (rows.next()) {
                events << [type: rows.getString('type'), actor: rows.getObject('actor_id'), ip: rows.getString('ip'),
                           details: rows.getString('details')]
            }
            events
        } finally {
            connection.close()
        }
    }

    // --- HTTP -----------------------------------------------------------------------------

    Reply get(String path, String token = null, Map<String, String> headers = [:]) {
        send(HttpRequest.GET(path), token, headers)
    }

    Reply post(String path, Object body = null, String token = null, Map<String, String> headers = [:]) {
        send(body == null ? HttpRequest.POST(path, '') : HttpRequest.POST(path, json(body)), token, headers)
    }

    Reply patch(String path, Object body, String token = null, Map<String, String> headers = [:]) {
        send(HttpRequest.PATCH(path, json(body)), token, headers)
    }

    Reply put(String path, Object body, String token = null, Map<String, String> headers = [:]) {
        send(HttpRequest.PUT(path, json(body)), token, headers)
    }

    /** Maps and lists go out as JSON text, written by Groovy (which knows GStrings and BigDecimals). */
    private static Object json(Object body) {
        body instanceof Map || body instanceof List ? JsonOutput.toJson(body) : body
    }

    Reply delete(String path, String token = null, Map<String, String> headers = [:]) {
        send(HttpRequest.DELETE(path), token, headers)
    }

    /** Sends raw text as the body, with the given content type: for broken or oversized JSON. */
    Reply sendRaw(String method, String path, String body, String token = null,
                  String contentType = MediaType.APPLICATION_JSON) {
        MutableHttpRequest<?> request = HttpRequest.create(io.micronaut.http.HttpMethod.valueOf(method), path)
                .body(body)
                .contentType(contentType)
        send(request, token, [:])
    }

    /** Uploads {@code bytes} as the multipart part {@code part}. */
    Reply upload(String path, String part, String filename, byte[] bytes, String token,
                 MediaType type = MediaType.APPLICATION_OCTET_STREAM_TYPE) {
        MultipartBody body = MultipartBody.builder().addPart(part, filename, type, bytes).build()
        send(HttpRequest.PUT(path, body).contentType(MediaType.MULTIPART_FORM_DATA_TYPE), token, [:])
    }

    Reply send(MutableHttpRequest<?> request, String token = null, Map<String, String> headers = [:]) {
        if (token) {
            request.bearerAuth(token)
        }
        headers.each { name, value -> request.header(name, value) }
        if (request.body.isPresent() && !request.contentType.isPresent()) {
            request.contentType(MediaType.APPLICATION_JSON_TYPE)
        }
        new Reply(httpClient.toBlocking().exchange(request, Argument.of(byte[]), Argument.of(byte[])))
    }
}
