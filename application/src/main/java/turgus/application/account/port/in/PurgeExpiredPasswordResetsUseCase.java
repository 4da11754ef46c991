package turgus.application.account.port.in;

/** Deletes reset links past their time, used or not; a scheduler calls it. */
public interface PurgeExpiredPasswordResetsUseCase {
    /** @return how many were deleted */
    int purgeExpiredResets();
}
