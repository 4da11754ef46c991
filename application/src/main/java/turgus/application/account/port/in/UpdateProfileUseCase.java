package turgus.application.account.port.in;

import turgus.domain.account.Account;

/** A person changes their own name, email or phone. */
public interface UpdateProfileUseCase {
    /**
     * @return the account as it is now
     * @throws turgus.domain.shared.InvalidValueException naming every wrong field at once
     * @throws turgus.application.shared.DuplicateValueException when another account has the email or
     *     phone
     * @throws turgus.application.shared.NotFoundException when the account no longer exists
     */
    Account updateProfile(UpdateProfileCommand command);
}
