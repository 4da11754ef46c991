package turgus.application.mail.port.in;

/** Where a test mail stands; an unknown id (or a mail that is no test mail) is not found. */
public interface ShowTestMailQuery {
    TestMail testMail(long id);
}
