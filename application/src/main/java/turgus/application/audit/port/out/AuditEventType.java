package turgus.application.audit.port.out;

/** What an {@link AuditEvent} tells. Stored by name: renaming one breaks older entries. */
public enum AuditEventType {
    REGISTERED,
    /**
     * Someone tried to register with the email of this account; the owner was mailed a notice, and the
     * details say whether it went out.
     */
    REGISTRATION_WITH_TAKEN_EMAIL,
    LOGIN_SUCCEEDED,
    LOGIN_FAILED,
    LOCKED_OUT,
    PASSWORD_CHANGED,
    PASSWORD_RESET_REQUESTED,
    PASSWORD_RESET,
    SESSION_REVOKED,
    LOGGED_OUT,
    PROFILE_UPDATED,
    /** The account's email changed; the details name the previous and the new address. */
    EMAIL_CHANGED,
    /**
     * An email change was undone with the link mailed to the previous address; the details name the
     * address left and the one restored.
     */
    EMAIL_CHANGE_REVERTED,
    /** An admin made a backup of all data (or the schedule did; then nobody is the actor). */
    BACKUP_CREATED,
    /** An admin restored a backup; written after the restore, so that it survives it. */
    BACKUP_RESTORED,
    /** An admin deleted a backup. */
    BACKUP_DELETED
}
