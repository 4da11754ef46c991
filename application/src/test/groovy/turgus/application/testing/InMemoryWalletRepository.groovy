package turgus.application.testing

import turgus.application.ledger.LedgerEntry
import turgus.application.ledger.port.out.WalletRepository
import turgus.application.shared.Page
import turgus.application.shared.PageRequest
import turgus.domain.account.UserId
import turgus.domain.ledger.Balance
import turgus.domain.ledger.BalanceMovement

import java.util.concurrent.atomic.AtomicLong

/** Wallets and their ledger in maps, for specs of the use cases; checks that movements follow the balance. */
class InMemoryWalletRepository implements WalletRepository {
    final Map<UserId, Balance> balances = [:]
    final List<LedgerEntry> entries = []
    final List<UserId> locked = []
    private final AtomicLong ids = new AtomicLong()

    @Override
    synchronized void open(UserId owner) {
        balances.putIfAbsent(owner, Balance.EMPTY)
    }

    @Override
    synchronized Balance lock(UserId owner) {
        if (!balances.containsKey(owner)) {
            throw new IllegalStateException('not opened')
        }
        locked << owner
        balances[owner]
    }

    @Override
    synchronized Optional<Balance> lockIfOpen(UserId owner) {
        balances.containsKey(owner) ? Optional.of(lock(owner)) : Optional.<Balance>empty()
    }

    @Override
    synchronized Balance balanceOf(UserId owner) {
        balances.getOrDefault(owner, Balance.EMPTY)
    }

    @Override
    synchronized LedgerEntry record(UserId owner, BalanceMovement movement) {
        // As the database's conditional update: the movement must start from the stored balance.
        if (balances[owner] == null || balances[owner].amount() != movement.balanceBefore()) {
            throw new IllegalStateException("The balance of user ${owner.value()} is not ${movement.balanceBefore()} any more")
        }
        balances[owner] = balances[owner].after(movement)
        LedgerEntry entry = new LedgerEntry(ids.incrementAndGet(), owner, movement)
        entries << entry
        entry
    }

    @Override
    synchronized Optional<LedgerEntry> findEntry(UserId owner, long entryId) {
        Optional.ofNullable(entries.find { it.id() == entryId && it.owner() == owner })
    }

    @Override
    synchronized Page<LedgerEntry> entries(UserId owner, PageRequest page) {
        List<LedgerEntry> own = entries.findAll { it.owner() == owner }.reverse()
        Page.of(own.drop((int) page.offset()).take(page.size()), page, own.size())
    }

    @Override
    synchronized List<BalanceMovement> ledger(UserId owner) {
        entries.findAll { it.owner() == owner }*.movement()
    }
}
