package turgus.application.account.port.in;

import turgus.domain.account.Account;

/** Opens the account of a pending registration whose emailed code is typed in time. */
public interface ConfirmRegistrationUseCase {
    /**
     * @return the new account, a customer, not signed in
     * @throws turgus.domain.shared.InvalidValueException on "code" for a wrong, expired or voided code
     *     (the fifth wrong code voids the registration)
     * @throws turgus.application.shared.DuplicateValueException when the email or phone was taken by
     *     another account in the meantime
     */
    Account confirm(ConfirmRegistrationCommand command);
}
