package turgus.application.testing

import turgus.application.mail.port.out.MailMessage
import turgus.application.mail.port.out.MailTransport

/**
 * Keeps every mail it is given, or refuses: {@code failure} answers, for each mail, the exception to
 * throw (null delivers).
 */
class FakeMailTransport implements MailTransport {
    final List<MailMessage> delivered = Collections.synchronizedList([])
    final List<MailMessage> tried = Collections.synchronizedList([])
    Closure<RuntimeException> failure = { MailMessage mail -> null }

    @Override
    void deliver(MailMessage message) {
        tried << message
        RuntimeException refusal = failure(message)
        if (refusal != null) {
            throw refusal
        }
        delivered << message
    }

    void failWith(RuntimeException refusal) {
        failure = { MailMessage mail -> refusal }
    }

    void heal() {
        failure = { MailMessage mail -> null }
    }
}
