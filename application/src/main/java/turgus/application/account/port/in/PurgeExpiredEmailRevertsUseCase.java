package turgus.application.account.port.in;

/** Deletes email-undo links past their time, used or not; a scheduler calls it. */
public interface PurgeExpiredEmailRevertsUseCase {
    /** @return how many were deleted */
    int purgeExpiredEmailReverts();
}
