package turgus.application.account.port.in;

/**
 * "Delete inactive accounts": those deactivated for {@code inactiveDays} or more, and those never
 * signed in and created {@code inactiveDays} or more ago. Admins are never included.
 */
public interface PurgeInactiveUsersUseCase {
    int MIN_DAYS = 1;
    int MAX_DAYS = 3650;

    /** How many accounts a purge would delete now. */
    long countInactive(int inactiveDays);

    /** Deletes (anonymises) them, each with its own event; answers how many. */
    int purgeInactive(AdminActor actor, int inactiveDays);
}
