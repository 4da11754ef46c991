package turgus.domain.shared;

/**
 * The rule an input field broke, as a stable code. The domain and the application name the rule and
 * its values ({@link FieldError#params()}); the words a person reads are written from the code by
 * an adapter, in that person's language. The comment on each rule names its values.
 */
public enum FieldRule {
    /** Missing or blank. */
    REQUIRED,
    /** Not valid, with no more precise rule to name (broken JSON inside a field, say). */
    INVALID,
    /** Given more than once (a query parameter, a JSON key). */
    GIVEN_TWICE,
    /**
     * Holds a control character other than tab, line feed and carriage return (U+0000 to U+001F):
     * nothing a person types, and PostgreSQL cannot store U+0000 in text at all.
     */
    CONTROL_CHARACTER,
    /** Not a whole number. */
    NOT_A_WHOLE_NUMBER,
    /** Not a number. */
    NOT_A_NUMBER,
    /** Not true or false. */
    NOT_A_BOOLEAN,
    /** Not text. */
    NOT_TEXT,
    /** Not a list. */
    NOT_A_LIST,
    /** Not a JSON object (of the shape {@code shape}, when it has one worth naming). */
    NOT_AN_OBJECT,
    /** Not a date and time with an offset, such as 2026-11-21T10:15:30Z. */
    NOT_A_DATE_TIME,
    /** Not a date, such as 2026-11-21. */
    NOT_A_DATE,
    /** Not of the type the field takes, with no more precise rule to name. */
    WRONG_TYPE,
    /** Missing although {@code other} is given (a sale end without a sale percent). */
    REQUIRED_WITH,
    /** Missing unless {@code other} is given (a promo code's percent, unless it has an amount). */
    REQUIRED_UNLESS,
    /** Given together with {@code other}, which excludes it. */
    NOT_WITH,
    /** Longer than {@code max} characters. */
    TOO_LONG,
    /** Below {@code min}. */
    TOO_SMALL,
    /** Above {@code max}. */
    TOO_LARGE,
    /** Outside {@code min}..{@code max}. */
    OUT_OF_RANGE,
    /** Zero or less where only more than zero makes sense. */
    NOT_POSITIVE,
    /** Below zero. */
    NEGATIVE,
    /** Zero, where a change must change something. */
    ZERO,
    /** More than {@code max} decimals. */
    TOO_MANY_DECIMALS,
    /** None of the {@code allowed} values (a comma-separated list). */
    NOT_ONE_OF,
    /** Not after {@code other} (an end before its start). */
    NOT_AFTER,
    /** Not in the future. */
    NOT_IN_FUTURE,
    /** An empty list. */
    EMPTY,
    /** A list with more than {@code max} entries. */
    TOO_MANY,
    /** A list naming {@code value} more than once. */
    REPEATED,
    /** A value another account has already (an email, a phone number). */
    TAKEN,
    /** Not a valid email address. */
    INVALID_EMAIL,
    /** Not a phone number of the shop's format. */
    INVALID_PHONE,
    /** Not {@code length} digits. */
    NOT_DIGITS,
    /** Not {@code min} to {@code max} letters, digits, dashes or underscores (a promo code). */
    INVALID_CODE_FORMAT,
    /** Not a known event type. */
    UNKNOWN_EVENT_TYPE,
    /** A cart already holding {@code max} different products. */
    CART_FULL,
    /** More than {@code max} of one product in a cart. */
    TOO_MANY_OF_PRODUCT,
    /** A promo code that cannot be used now; the refusal's reason says why. */
    PROMO_CODE_NOT_APPLICABLE,
    /** An empty cart at checkout. */
    CART_EMPTY,
    /** A change that would take the stock above {@code max}. */
    STOCK_ABOVE_MAX,
    /** A change that would take the balance above {@code max}. */
    BALANCE_ABOVE_MAX,
    /** An adjustment that would take the balance, now {@code balance}, below zero. */
    BALANCE_BELOW_ZERO,
    /** Loyalty tier {@code tier} does not ask for more orders and spending than {@code below}. */
    TIER_NOT_ABOVE,
    /** Loyalty tier {@code tier} does not give a larger discount than {@code below}. */
    TIER_DISCOUNT_NOT_LARGER,
    /** A confirmation code that is wrong, {@code attemptsLeft} tries left. */
    CODE_WRONG,
    /** A confirmation code that names no pending registration, or has expired. */
    CODE_UNKNOWN,
    /** A confirmation code past its time. */
    CODE_EXPIRED,
    /** A confirmation code tried wrongly too many times. */
    CODE_VOIDED,
    /** A password-reset link that is invalid, used or expired. */
    RESET_LINK_INVALID,
    /** An email-change undo link that is invalid, used or expired. */
    UNDO_LINK_INVALID,
    /** A current password that does not match. */
    PASSWORD_MISMATCH,
    /** A new password equal to the current one. */
    PASSWORD_UNCHANGED,
    /** A password confirmation that differs from the password. */
    PASSWORD_CONFIRMATION_MISMATCH,
    /**
     * A password that breaks the shop's password rule {@code id} (min-length with {@code min},
     * max-length with {@code max}, printable-ascii, upper-case, special-character with {@code
     * characters}, not-common).
     */
    PASSWORD_RULE
}
