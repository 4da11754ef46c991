package turgus.application.ledger.port.out;

import java.util.List;
import java.util.Optional;
import turgus.application.ledger.LedgerEntry;
import turgus.application.shared.Page;
import turgus.application.shared.PageRequest;
import turgus.domain.account.UserId;
import turgus.domain.ledger.Balance;
import turgus.domain.ledger.BalanceMovement;

/**
 * Customers' balances and their ledgers. A balance changes only through {@link #record}, which writes
 * the movement and the new balance together, so that the balance always equals the ledger's sum.
 */
public interface WalletRepository {
    /**
     * Makes sure the customer has a wallet (balance zero at first). Safe to call from many threads at
     * once; call it <em>before</em> the transaction that {@linkplain #lock locks} the wallet, so that a
     * lost race to create it never spoils that transaction.
     */
    void open(UserId owner);

    /**
     * Locks the customer's opened wallet until the surrounding transaction ends and answers its
     * balance. Every change of a balance starts here: money movements of one customer are serialised.
     */
    Balance lock(UserId owner);

    /** Locks the wallet like {@link #lock}, or answers empty when it was never opened. */
    Optional<Balance> lockIfOpen(UserId owner);

    /** The current balance; zero for a customer without a wallet. */
    Balance balanceOf(UserId owner);

    /**
     * Applies a movement to the locked wallet, in one conditional statement (only if the balance is
     * still the movement's balance before and stays at least zero), and adds it to the ledger.
     *
     * @throws IllegalStateException if the balance is not what the movement starts from
     */
    LedgerEntry record(UserId owner, BalanceMovement movement);

    Optional<LedgerEntry> findEntry(UserId owner, long entryId);

    /** A page of the customer's ledger, newest first. */
    Page<LedgerEntry> entries(UserId owner, PageRequest page);

    /** The whole ledger of a customer, oldest first. */
    List<BalanceMovement> ledger(UserId owner);
}
