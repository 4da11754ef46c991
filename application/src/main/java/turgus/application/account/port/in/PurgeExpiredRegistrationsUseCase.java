package turgus.application.account.port.in;

/** Deletes pending registrations that can no longer be confirmed; a scheduler calls it. */
public interface PurgeExpiredRegistrationsUseCase {
    /** @return how many were deleted */
    int purgeExpired();
}
