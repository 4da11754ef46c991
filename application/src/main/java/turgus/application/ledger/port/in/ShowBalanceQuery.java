package turgus.application.ledger.port.in;

import turgus.domain.account.UserId;
import turgus.domain.ledger.Balance;

/** A customer's current balance (zero before the first top-up). */
public interface ShowBalanceQuery {
    Balance balanceOf(UserId customer);
}
