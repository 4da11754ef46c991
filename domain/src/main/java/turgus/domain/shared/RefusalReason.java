package turgus.domain.shared;

/**
 * Why the shop says no, as a stable machine-readable code (upper snake case) that clients may rely
 * on to explain a refusal in their own words. One list for the whole shop, domain and application
 * alike, so that the web adapter can give every code a status and a message and a test can prove
 * that none is missing. A code, once published, keeps its name; docs/errors.md lists them all.
 */
public enum RefusalReason {
    /** Input that breaks a rule; the fields are named. */
    INVALID_INPUT,
    /** A checkout of an empty cart. */
    CART_EMPTY,
    /** No promo code has this name. */
    PROMO_CODE_UNKNOWN,
    /** The promo code's validity starts later. */
    PROMO_CODE_NOT_YET_VALID,
    /** The promo code's validity has ended. */
    PROMO_CODE_EXPIRED,
    /** The promo code has been used as often as allowed. */
    PROMO_CODE_USED_UP,
    /** The cart is smaller than the promo code's minimum. */
    PROMO_CODE_MINIMUM_NOT_MET,
    /** An upload that is not a picture the shop accepts. */
    UNSUPPORTED_IMAGE,
    /** A file that cannot be restored: not a backup, damaged, or with tables or columns the shop lacks. */
    BACKUP_INVALID,
    /** Unknown name or wrong password; which one is never said. */
    INVALID_CREDENTIALS,
    /** A refresh token that is unknown, used, expired or of a signed-out session. */
    INVALID_REFRESH_TOKEN,
    /** Too little money for the order. */
    INSUFFICIENT_BALANCE,
    /** A right password for a blocked account. */
    ACCOUNT_BLOCKED,
    /** A right password for a deactivated account. */
    ACCOUNT_DEACTIVATED,
    /** What was asked for does not exist, or is not the caller's. */
    NOT_FOUND,
    /** A change to a cart line the cart does not have. */
    NOT_IN_CART,
    /** More items than can be sold. */
    OUT_OF_STOCK,
    /** A second refund of one order. */
    ALREADY_REFUNDED,
    /** Another account has this email address. */
    EMAIL_TAKEN,
    /** Another account has this phone number. */
    PHONE_TAKEN,
    /** An undone email change whose previous address another account has taken meanwhile. */
    PREVIOUS_EMAIL_TAKEN,
    /** A promo code of this name exists already. */
    PROMO_CODE_TAKEN,
    /** A backup made by a newer schema version than the database's. */
    BACKUP_TOO_NEW,
    /** Any other clash with the current state. */
    CONFLICT,
    /** An {@code Idempotency-Key} sent again with another request. */
    IDEMPOTENCY_KEY_REUSED,
    /** Too many failed logins: wait before trying again. */
    LOCKED_OUT,
    /** An admin tried to delete, block, deactivate or demote their own account. */
    CANNOT_CHANGE_OWN_ACCOUNT,
    /** The change would leave the shop without an active admin. */
    LAST_ADMIN,
    /** The shop has more password checks waiting than it takes on at once: try again shortly. */
    SERVER_BUSY,
    /** The database cannot be reached just now (stopped, restarting, out of connections): try again soon. */
    SERVICE_UNAVAILABLE,
    /** The disk holding the shop's data is full: nothing was saved. */
    STORAGE_FULL
}
