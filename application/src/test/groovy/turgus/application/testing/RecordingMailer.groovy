package turgus.application.testing

import turgus.application.mail.port.out.MailMessage
import turgus.application.mail.port.out.Mailer

/** Keeps every mail instead of sending it. */
class RecordingMailer implements Mailer {
    final List<MailMessage> sent = Collections.synchronizedList([])

    @Override
    void send(MailMessage message) {
        sent << message
    }

    MailMessage only() {
        assert sent.size() == 1
        sent[0]
    }
}
