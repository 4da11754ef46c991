package turgus.persistence.ledger;

import jakarta.inject.Singleton;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import turgus.application.ledger.LedgerEntry;
import turgus.application.ledger.port.out.WalletRepository;
import turgus.application.shared.Page;
import turgus.application.shared.PageRequest;
import turgus.domain.account.UserId;
import turgus.domain.ledger.Balance;
import turgus.domain.ledger.BalanceMovement;
import turgus.domain.ledger.MovementType;
import turgus.domain.order.OrderId;
import turgus.domain.shared.Money;
import turgus.persistence.shared.DatabaseTime;
import turgus.persistence.shared.SqlErrors;

/**
 * Balances in {@code wallets}, their ledger in {@code balance_movements}. A wallet row is created
 * with {@code INSERT … ON CONFLICT DO NOTHING} outside the paying transaction, locked with {@code
 * SELECT … FOR UPDATE}, and changed only by a conditional update that also writes the movement (in
 * one statement where the database can, {@link WalletMoves}).
 */
@Singleton
public final class JdbcWalletRepository implements WalletRepository {
    private final WalletRowRepository wallets;
    private final BalanceMovementRowRepository movements;
    private final WalletMoves moves;

    JdbcWalletRepository(WalletRowRepository wallets, BalanceMovementRowRepository movements, WalletMoves moves) {
        this.wallets = Objects.requireNonNull(wallets, "wallets");
        this.movements = Objects.requireNonNull(movements, "movements");
        this.moves = Objects.requireNonNull(moves, "moves");
    }

    @Override
    public void open(UserId owner) {
        try {
            wallets.insertIfMissing(owner.value());
        } catch (RuntimeException e) {
            // Another caller created it at the same moment: the wallet exists, which is all we want.
            if (!SqlErrors.isUniqueViolation(e)) {
                throw e;
            }
        }
    }

    @Override
    public Balance lock(UserId owner) {
        return wallets.findForUpdate(owner.value())
                .map(JdbcWalletRepository::toBalance)
                .orElseThrow(() -> new IllegalStateException("Open the wallet of user " + owner.value() + " first"));
    }

    @Override
    public Optional<Balance> lockIfOpen(UserId owner) {
        return wallets.findForUpdate(owner.value()).map(JdbcWalletRepository::toBalance);
    }

    @Override
    public Balance balanceOf(UserId owner) {
        return wallets.findById(owner.value())
                .map(JdbcWalletRepository::toBalance)
                .orElse(Balance.EMPTY);
    }

    @Override
    public LedgerEntry record(UserId owner, BalanceMovement movement) {
        BalanceMovementRow row = new BalanceMovementRow(
                null,
                owner.value(),
                movement.type().name(),
                movement.amount().amount(),
                movement.balanceAfter().amount(),
                DatabaseTime.of(movement.at()),
                movement.order().map(OrderId::value).orElse(null),
                movement.note());
        OptionalLong id = moves.move(movement.balanceBefore().amount(), row);
        if (id.isEmpty()) {
            throw new IllegalStateException("The balance of user " + owner.value() + " is not "
                    + movement.balanceBefore() + " any more, or would go below zero");
        }
        // The row as written is the row as stored: reading it back would cost a round trip for nothing.
        return toEntry(new BalanceMovementRow(
                id.getAsLong(),
                row.userId(),
                row.movementType(),
                row.amount(),
                row.balanceAfter(),
                row.createdAt(),
                row.orderId(),
                row.note()));
    }

    @Override
    public Optional<LedgerEntry> findEntry(UserId owner, long entryId) {
        return movements.findOfUser(entryId, owner.value()).map(JdbcWalletRepository::toEntry);
    }

    @Override
    public Page<LedgerEntry> entries(UserId owner, PageRequest page) {
        List<LedgerEntry> found = movements.findNewestFirst(owner.value(), page.size(), page.offset()).stream()
                .map(JdbcWalletRepository::toEntry)
                .toList();
        return Page.of(found, page, movements.countOfUser(owner.value()));
    }

    @Override
    public List<BalanceMovement> ledger(UserId owner) {
        return movements.findOldestFirst(owner.value()).stream()
                .map(row -> toEntry(row).movement())
                .toList();
    }

    private static Balance toBalance(WalletRow row) {
        return Balance.of(new Money(row.balance()));
    }

    private static LedgerEntry toEntry(BalanceMovementRow row) {
        BalanceMovement movement = new BalanceMovement(
                MovementType.valueOf(row.movementType()),
                new Money(row.amount()),
                new Money(row.balanceAfter()),
                row.createdAt(),
                row.orderId() == null ? null : OrderId.of(row.orderId()),
                row.note());
        return new LedgerEntry(row.id(), UserId.of(row.userId()), movement);
    }
}
