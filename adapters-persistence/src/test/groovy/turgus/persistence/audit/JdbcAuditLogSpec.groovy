package turgus.persistence.audit

import io.micronaut.data.connection.jdbc.advice.DelegatingDataSource
import io.micronaut.test.extensions.spock.annotation.MicronautTest
import jakarta.inject.Inject
import spock.lang.Specification
import turgus.application.audit.port.out.AuditEvent
import turgus.application.audit.port.out.AuditEventType
import turgus.application.audit.port.out.AuditLog
import turgus.application.shared.Transactions
import turgus.domain.account.UserId
import turgus.persistence.testing.OnTestDatabase

import javax.sql.DataSource
import java.sql.Connection
import java.time.Instant
import java.time.OffsetDateTime

import static turgus.persistence.testing.Race.atOnce

/** Every event the use cases record lands in {@code event_log}, as it was told. */
@MicronautTest(transactional = false)
class JdbcAuditLogSpec extends Specification implements OnTestDatabase {
    static final Instant AT = Instant.parse('2026-11-21T12:00:00.123456789Z')

    @Inject
    AuditLog audit

    @Inject
    Transactions transactions

    @Inject
    DataSource dataSource

    def "an event is stored with its moment, type, actor, subject, address and details: #type"() {
        when:
        audit.record(new AuditEvent(AT, type, actor, subject, ip, details))

        then:
        rows() == [[
                at        : Instant.parse('2026-11-21T12:00:00.123456Z'),
                type      : type.name(),
                actor_id  : actor?.value(),
                subject_id: subject?.value(),
                ip        : ip ?: null,
                details   : details ?: '',
        ]]

        where:
        type                                    | actor         | subject       | ip            | details
        AuditEventType.LOGIN_FAILED             | null          | null          | '203.0.113.9' | 'unknown name, 1 in a row'
        AuditEventType.LOGIN_SUCCEEDED          | UserId.of(7)  | UserId.of(7)  | '2001:db8::1' | 'session abc'
        AuditEventType.SESSION_REVOKED          | UserId.of(1)  | UserId.of(7)  | null          | null
        AuditEventType.PASSWORD_RESET_REQUESTED | null          | UserId.of(7)  | ''            | 'link mailed'
    }

    def "every event type fits its column"() {
        when:
        AuditEventType.values().each { audit.record(new AuditEvent(AT, it, null, null, null, it.name())) }

        then:
        rows()*.type as Set == AuditEventType.values()*.name() as Set
    }

    def "details are cut to 2000 characters and an overlong address to its column"() {
        when:
        audit.record(new AuditEvent(AT, AuditEventType.LOGIN_FAILED, null, null, '1' * 300, 'x' * 5000))

        then:
        rows()[0].details == 'x' * 2000
        rows()[0].ip == '1' * 100
    }

    def "an event written in a unit of work that fails is rolled back with it"() {
        when:
        transactions.run {
            audit.record(new AuditEvent(AT, AuditEventType.PASSWORD_CHANGED, null, null, null, 'never'))
            throw new IllegalStateException('the change failed')
        }

        then:
        thrown(IllegalStateException)
        rows().isEmpty()
    }

    def "events recorded at once by many callers are all kept"() {
        when:
        atOnce(10) { int n -> audit.record(new AuditEvent(AT, AuditEventType.LOGIN_FAILED, null, null, null, "n${n}")) }

        then:
        rows()*.details as Set == (1..10).collect { "n${it}".toString() } as Set
    }

    private List<Map<String, Object>> rows() {
        Connection connection = DelegatingDataSource.unwrapDataSource(dataSource).connection
        try {
            def found = connection.createStatement().executeQuery(
                    'SELECT at, type, actor_id, subject_id, ip, details FROM event_log ORDER BY id')
            List<Map<String, Object>> all = []
            while (found.next()) {
                all << [
                        at        : found.getObject('at', OffsetDateTime).toInstant(),
                        type      : found.getString('type'),
                        actor_id  : found.getObject('actor_id') == null ? null : found.getLong('actor_id'),
                        subject_id: found.getObject('subject_id') == null ? null : found.getLong('subject_id'),
                        ip        : found.getString('ip'),
                        details   : found.getString('details'),
                ]
            }
            all
        } finally {
            connection.close()
        }
    }
}
