package turgus.application.account.port.in;

import turgus.domain.account.Account;
import turgus.domain.account.UserId;

public interface ShowAccountQuery {
    /** @throws turgus.application.shared.NotFoundException when the account no longer exists */
    Account account(UserId id);
}
