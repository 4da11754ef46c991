package turgus.application.mail;

import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import turgus.application.audit.port.out.AuditEvent;
import turgus.application.audit.port.out.AuditEventType;
import turgus.application.audit.port.out.AuditLog;
import turgus.application.audit.port.out.EventDetails;
import turgus.application.mail.port.in.SendTestMailUseCase;
import turgus.application.mail.port.in.ShowTestMailQuery;
import turgus.application.mail.port.in.TestMail;
import turgus.application.mail.port.out.MailMessage;
import turgus.application.mail.port.out.MailQueue;
import turgus.application.mail.port.out.TestMailRecord;
import turgus.application.shared.NotFoundException;
import turgus.application.shared.Transactions;
import turgus.domain.account.Email;
import turgus.domain.account.UserId;
import turgus.domain.shared.InvalidValueException;

/**
 * Test mails: queued like every other mail (so that they test the real path, retries included) and
 * marked as tests, so that an admin can follow them and no other mail can be read through them.
 */
@Singleton
public final class TestMailService implements SendTestMailUseCase, ShowTestMailQuery {
    static final String SUBJECT = "Turgus test mail";
    static final String BODY =
            "This is a test mail from Turgus, sent by an admin to check the shop's mail settings.\n\n"
                    + "If you can read it, mail from the shop reaches this address. Nothing else needs to be done.\n";

    private final MailQueue queue;
    private final AuditLog audit;
    private final Transactions transactions;
    private final Clock clock;

    public TestMailService(MailQueue queue, AuditLog audit, Transactions transactions, Clock clock) {
        this.queue = Objects.requireNonNull(queue, "queue");
        this.audit = Objects.requireNonNull(audit, "audit");
        this.transactions = Objects.requireNonNull(transactions, "transactions");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public long sendTestMail(String to, UserId admin, String ip) {
        Objects.requireNonNull(admin, "admin");
        Email address;
        try {
            address = Email.of(to);
        } catch (InvalidValueException wrong) {
            throw new InvalidValueException(List.of(wrong.errors().get(0).onField("to")));
        }
        return transactions.inTransaction(() -> {
            Instant now = clock.instant();
            long id = queue.enqueueTestMail(new MailMessage(address.value(), SUBJECT, BODY), now);
            audit.record(new AuditEvent(
                    now,
                    AuditEventType.TEST_MAIL_SENT,
                    admin,
                    null,
                    ip,
                    EventDetails.of("mailId", id).and("to", address.value()).toString()));
            return id;
        });
    }

    @Override
    public TestMail testMail(long id) {
        TestMailRecord mail = queue.findTestMail(id)
                .orElseThrow(() -> NotFoundException.of(NotFoundException.Resource.TEST_MAIL, id));
        if (mail.sent()) {
            return new TestMail(mail.id(), mail.to(), TestMail.Status.SENT, null);
        }
        if (mail.givenUp() || mail.lastError() != null) {
            String error = mail.lastError() == null ? "The mail could not be delivered." : mail.lastError();
            return new TestMail(mail.id(), mail.to(), TestMail.Status.FAILED, DeliveryError.inPlainWords(error));
        }
        return new TestMail(mail.id(), mail.to(), TestMail.Status.QUEUED, null);
    }
}
