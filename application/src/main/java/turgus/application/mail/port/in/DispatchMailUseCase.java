package turgus.application.mail.port.in;

/** Delivers the queued mails that are due (for a scheduled job, and for tests that read mails). */
public interface DispatchMailUseCase {
    /** @return how many mails were delivered by this call */
    int dispatchDue();
}
