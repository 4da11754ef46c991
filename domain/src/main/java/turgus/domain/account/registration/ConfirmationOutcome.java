package turgus.domain.account.registration;

/** What became of a pending registration when someone typed a code for it. */
public enum ConfirmationOutcome {
    /** The code was right and in time: the account may now be opened. */
    ACCEPTED,
    /** The code was wrong; more tries are left. */
    WRONG_CODE,
    /** Too many wrong codes: the registration is void, and no code will ever confirm it. */
    VOIDED,
    /** The time to confirm ran out: the registration is void. */
    EXPIRED
}
