package turgus.persistence.mail

import io.micronaut.data.connection.jdbc.advice.DelegatingDataSource
import io.micronaut.test.extensions.spock.annotation.MicronautTest
import jakarta.inject.Inject
import turgus.application.mail.port.out.MailQueue
import turgus.application.shared.Transactions
import turgus.persistence.testing.OnTestDatabase
import turgus.persistence.testing.TestDatabase

import javax.sql.DataSource
import java.sql.Connection
import java.time.Duration

@MicronautTest(transactional = false)
class JdbcMailQueueSpec extends MailQueueContract implements OnTestDatabase {
    @Inject
    MailQueue queue

    @Inject
    Transactions transactions

    @Inject
    DataSource dataSource

    def "a sent mail keeps who, what and when, but not its body on #db"() {
        given:
        queue.enqueue(ANN, NOW)
        long id = queue.claimDue(NOW, CLAIM_END, 10)[0].id()

        when:
        queue.markSent(id, NOW + Duration.ofSeconds(3))

        then:
        row(id).subMap('recipient', 'subject', 'text_body', 'attempts', 'failed_at', 'claimed_until') ==
                [recipient: 'ann@example.com', subject: ANN.subject(), text_body: '', attempts: 1, failed_at: null,
                 claimed_until: null]
        row(id).sent_at != null

        where:
        db = TestDatabase.describe()
    }

    def "a failure keeps its short error; giving up forgets the body"() {
        given:
        queue.enqueue(ANN, NOW)
        long id = queue.claimDue(NOW, CLAIM_END, 10)[0].id()

        when:
        queue.recordFailedAttempt(id, 'x' * 600, NOW + Duration.ofMinutes(1))

        then:
        row(id).subMap('attempts', 'last_error', 'text_body') == [attempts: 1, last_error: 'x' * 500, text_body: ANN.textBody()]

        when:
        queue.claimDue(NOW + Duration.ofMinutes(1), CLAIM_END, 10)
        queue.giveUp(id, 'MailNotDeliveredException: refused', NOW + Duration.ofMinutes(1))

        then:
        row(id).subMap('attempts', 'last_error', 'sent_at', 'text_body') ==
                [attempts: 2, last_error: 'MailNotDeliveredException: refused', sent_at: null, text_body: '']
        row(id).failed_at != null
    }

    private Map<String, Object> row(long id) {
        Connection connection = DelegatingDataSource.unwrapDataSource(dataSource).connection
        try {
            def statement = connection.prepareStatement('SELECT * FROM mail_queue WHERE id = ?')
            statement.setLong(1, id)
            def found = statement.executeQuery()
            assert found.next()
            Map<String, Object> columns = [:]
            (1..found.metaData.columnCount).each { columns[found.metaData.getColumnLabel(it).toLowerCase()] = found.getObject(it) }
            columns
        } finally {
            connection.close()
        }
    }
}
