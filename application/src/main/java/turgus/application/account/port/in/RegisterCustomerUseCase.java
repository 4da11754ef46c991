package turgus.application.account.port.in;

import java.time.Instant;
import turgus.domain.account.Email;

/**
 * Starts a registration: a six-digit code is mailed to the address, and the account exists only once
 * the code is confirmed in time. A new registration for the same email replaces the pending one.
 */
public interface RegisterCustomerUseCase {
    /**
     * @throws turgus.domain.shared.InvalidValueException naming every wrong field at once
     * @throws turgus.application.shared.DuplicateValueException when an account has the email or phone
     */
    RegistrationStarted register(RegisterCustomerCommand command);

    /** Where the code went and until when it can be typed. */
    record RegistrationStarted(Email email, Instant expiresAt) {}
}
