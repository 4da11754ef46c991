package turgus.domain.account.registration;

import java.util.Objects;

/**
 * The answer to one typed code: what happened and the pending registration as it is now (with the
 * wrong code counted, if it was wrong). The caller stores that registration, or opens the account
 * and forgets it when {@link ConfirmationOutcome#ACCEPTED accepted}, or deletes it when void.
 */
public record ConfirmationResult(ConfirmationOutcome outcome, PendingRegistration registration) {
    public ConfirmationResult {
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(registration, "registration");
    }

    public boolean isAccepted() {
        return outcome == ConfirmationOutcome.ACCEPTED;
    }

    /** Whether the registration can never be confirmed any more and may be deleted. */
    public boolean isVoid() {
        return outcome == ConfirmationOutcome.VOIDED || outcome == ConfirmationOutcome.EXPIRED;
    }

    /** How many more codes may be tried; 0 once the registration is void or confirmed. */
    public int attemptsLeft() {
        return outcome == ConfirmationOutcome.WRONG_CODE ? registration.attemptsLeft() : 0;
    }
}
