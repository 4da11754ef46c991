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

    // Admin actions, each written in the transaction of the change it records, and the server's own
    // failures. The details are key=value pairs (EventDetails); an update names each changed field's
    // value before and after.
    PRODUCT_CREATED,
    PRODUCT_UPDATED,
    PRODUCT_RESTOCKED,
    PRODUCT_WITHDRAWN,
    PRODUCT_REINSTATED,
    PRODUCT_PICTURE_CHANGED,
    ORDER_REFUNDED,
    BALANCE_ADJUSTED,
    PROMO_CODE_CREATED,
    PROMO_CODE_UPDATED,
    PROMO_CODE_DELETED,
    LOYALTY_RULE_CHANGED,
    LOYALTY_TIERS_CHANGED,
    /** A request failed in a way nobody foresaw: {@code errorId=… method=… path=…}, the id the 500 carried. */
    UNEXPECTED_ERROR,

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
    /** An admin queued a test mail to check the mail settings (to an address, or to an account's email). */
    TEST_MAIL_SENT,

    /** An admin made a backup of all data (or the schedule did; then nobody is the actor). */
    BACKUP_CREATED,
    /** An admin restored a backup; written after the restore, so that it survives it. */
    BACKUP_RESTORED,
    /** An admin deleted a backup. */
    BACKUP_DELETED
}
