package turgus.persistence.audit

import io.micronaut.data.connection.jdbc.advice.DelegatingDataSource
import io.micronaut.test.extensions.spock.annotation.MicronautTest
import jakarta.inject.Inject
import spock.lang.Specification
import turgus.application.audit.port.out.AuditEvent
import turgus.application.audit.port.out.AuditEventType
import turgus.application.audit.port.out.AuditLog
import turgus.application.audit.port.out.EventFilter
import turgus.application.audit.port.out.EventLogStore
import turgus.application.shared.PageRequest
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
    EventLogStore store

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

    def "a search is led by subject, actor, type or time and answers newest first, page by page: #filter"() {
        given: 'entries a minute apart, the last one newest'
        List<List> entries = [
                [AuditEventType.LOGIN_SUCCEEDED, 7, 7], [AuditEventType.LOGIN_FAILED, null, 7],
                [AuditEventType.PRODUCT_CREATED, 1, null], [AuditEventType.ORDER_REFUNDED, 1, 7],
                [AuditEventType.LOGIN_FAILED, null, 8], [AuditEventType.LOGIN_SUCCEEDED, 8, 8]]
        entries.eachWithIndex { List entry, int i ->
            audit.record(new AuditEvent(AT.plusSeconds(60 * i), entry[0] as AuditEventType,
                    entry[1] == null ? null : UserId.of(entry[1] as long),
                    entry[2] == null ? null : UserId.of(entry[2] as long), null, "n=${i}"))
        }

        when:
        def page = store.find(filter, new PageRequest(0, 2))
        def all = store.find(filter, new PageRequest(0, 100))

        then:
        all.items()*.details() == expected.collect { "n=${it}".toString() }
        page.items()*.details() == all.items()*.details().take(2)
        page.totalItems() == expected.size()

        where:
        filter                                                                          || expected
        EventFilter.ALL                                                                 || [5, 4, 3, 2, 1, 0]
        EventFilter.of(null, 7, null, null, null)                                       || [3, 1, 0]
        EventFilter.of('LOGIN_FAILED', 7, null, null, null)                             || [1]
        EventFilter.of(null, 7, 1, null, null)                                          || [3]
        EventFilter.of(null, null, 1, null, null)                                       || [3, 2]
        EventFilter.of('ORDER_REFUNDED', null, 1, null, null)                           || [3]
        EventFilter.of('LOGIN_FAILED', null, null, null, null)                          || [4, 1]
        EventFilter.of(null, null, null, AT.plusSeconds(60), AT.plusSeconds(180))       || [2, 1]
        EventFilter.of('LOGIN_SUCCEEDED', null, null, AT.plusSeconds(1), null)          || [5]
        EventFilter.of(null, 8, null, null, AT.plusSeconds(300))                        || [4]
    }

    def "pruning deletes the entries before the cutoff and keeps the others"() {
        given:
        audit.record(new AuditEvent(AT.minusSeconds(1), AuditEventType.LOGIN_FAILED, null, null, null, 'old'))
        audit.record(new AuditEvent(AT, AuditEventType.LOGIN_FAILED, null, null, null, 'at the cutoff'))

        expect:
        store.deleteBefore(AT) == 1
        rows()*.details == ['at the cutoff']
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
