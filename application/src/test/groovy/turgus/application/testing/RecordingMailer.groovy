package turgus.application.testing

import turgus.application.mail.port.out.MailMessage
import turgus.application.mail.port.out.Mailer

/** Keeps every mail instead of sending it; or, once told to fail, throws as a mail server that is down. */
class RecordingMailer implements Mailer {
    final List<MailMessage> sent = Collections.synchronizedList([])
    /** What {@link #send} throws from now on; null to send again. */
    RuntimeException failure

    @Override
    void send(MailMessage message) {
        if (failure != null) {
            throw failure
        }
        sent << message
    }

    /** The mails to {@code address}, oldest first. */
    List<MailMessage> to(String address) {
        sent.findAll { it.to() == address }
    }

    MailMessage only() {
        assert sent.size() == 1
        sent[0]
    }
}
