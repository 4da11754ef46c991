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
    // An admin's actions on accounts; the details name what changed in key=value pairs.
    USER_BLOCKED,
    USER_UNBLOCKED,
    USER_ACTIVATED,
    USER_DEACTIVATED,
    USER_UNLOCKED,
    /** The details give the roles before and after. */
    USER_ROLES_CHANGED,
    USER_DELETED,
    /** A block with an end lifted by itself (at sign-in or by the scheduled job). */
    BLOCK_EXPIRED,
    /** An admin had a test mail sent to the account's email. */
    TEST_MAIL_SENT
}
