package turgus.application.mail.port.in;

/** Forgets mails that were sent or given up long enough ago (for a scheduled job). */
public interface PurgeSentMailUseCase {
    /** @return how many mails were deleted */
    int purgeSent();
}
