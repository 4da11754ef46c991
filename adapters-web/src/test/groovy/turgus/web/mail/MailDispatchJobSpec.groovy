package turgus.web.mail

import io.micronaut.test.extensions.spock.annotation.MicronautTest
import jakarta.mail.internet.MimeMessage
import turgus.web.testing.Reply
import turgus.web.testing.TestUser
import turgus.web.testing.WebSpec

/** The scheduled job delivers queued mail by itself, without anyone asking. */
@MicronautTest(transactional = false)
class MailDispatchJobSpec extends WebSpec {

    @Override
    protected Map<String, Object> extraProperties() {
        ['shop.mail.dispatch-interval': '200ms']
    }

    void "a queued reset link reaches the outbox folder within moments"() {
        given:
        TestUser user = createAccount()

        when:
        Reply forgot = post('/api/auth/password/forgot', [email: user.email])
        List<MimeMessage> arrived = []
        // As long as the browser journeys wait for a mail: a loaded machine may be slow to start the job.
        long deadline = System.currentTimeMillis() + 20_000
        while (arrived.isEmpty() && System.currentTimeMillis() < deadline) {
            Thread.sleep(100)
            arrived = outboxFolder().findAll { it.allRecipients*.toString() == [user.email] }
        }

        then:
        forgot.status == 202
        arrived.size() == 1
    }
}
