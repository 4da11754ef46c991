package turgus.application.ledger;

import java.util.Objects;
import turgus.domain.account.UserId;
import turgus.domain.ledger.BalanceMovement;

/** A stored line of a customer's ledger: its id, whose it is, and the movement. */
public record LedgerEntry(long id, UserId owner, BalanceMovement movement) {
    public LedgerEntry {
        Objects.requireNonNull(owner, "owner");
        Objects.requireNonNull(movement, "movement");
    }
}
