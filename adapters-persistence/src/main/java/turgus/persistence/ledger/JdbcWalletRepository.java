package turgus.persistence.ledger;

import jakarta.inject.Singleton;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
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
import turgus.persistence.shared.Sql;
import turgus.persistence.shared.SqlErrors;

/**
 * Balances in {@code wallets}, their ledger in {@code balance_movements}. A wallet row is created
 * with {@code INSERT … ON CONFLICT DO NOTHING} outside the paying transaction, locked with {@code
 * SELECT … FOR UPDATE}, and changed only by a conditional update that also writes the movement.
 */
@Singleton
public final class JdbcWalletRepository implements WalletRepository {
    private static final String MOVEMENT_COLUMNS =
            "SELECT id, user_id, movement_type, amount, balance_after, created_at, order_id, note FROM balance_movements";

    private final Sql sql;

    JdbcWalletRepository(Sql sql) {
        this.sql = Objects.requireNonNull(sql, "sql");
    }

    @Override
    public void open(UserId owner) {
        try {
            sql.update("INSERT INTO wallets (user_id, balance) VALUES (?, 0) ON CONFLICT DO NOTHING", owner.value());
        } catch (RuntimeException e) {
            // Another caller created it at the same moment: the wallet exists, which is all we want.
            if (!SqlErrors.isUniqueViolation(e)) {
                throw e;
            }
        }
    }

    @Override
    public Balance lock(UserId owner) {
        return sql.one("SELECT balance FROM wallets WHERE user_id = ? FOR UPDATE", row -> balance(row), owner.value())
                .orElseThrow(() -> new IllegalStateException("Open the wallet of user " + owner.value() + " first"));
    }

    @Override
    public Balance balanceOf(UserId owner) {
        return sql.one("SELECT balance FROM wallets WHERE user_id = ?", row -> balance(row), owner.value())
                .orElse(Balance.EMPTY);
    }

    @Override
    public LedgerEntry record(UserId owner, BalanceMovement movement) {
        int changed = sql.update(
                "UPDATE wallets SET balance = balance + ? WHERE user_id = ? AND balance = ? AND balance + ? >= 0",
                movement.amount().amount(),
                owner.value(),
                movement.balanceBefore().amount(),
                movement.amount().amount());
        if (changed != 1) {
            throw new IllegalStateException("The balance of user " + owner.value() + " is not "
                    + movement.balanceBefore() + " any more, or would go below zero");
        }
        long id = sql.insert(
                "INSERT INTO balance_movements (user_id, movement_type, amount, balance_after, created_at, order_id, note)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?)",
                owner.value(),
                movement.type().name(),
                movement.amount().amount(),
                movement.balanceAfter().amount(),
                movement.at(),
                Sql.orNull(movement.order().map(OrderId::value).orElse(null)),
                Sql.orNull(movement.note()));
        return findEntry(owner, id).orElseThrow();
    }

    @Override
    public Optional<LedgerEntry> findEntry(UserId owner, long entryId) {
        return sql.one(
                MOVEMENT_COLUMNS + " WHERE id = ? AND user_id = ?",
                JdbcWalletRepository::entry,
                entryId,
                owner.value());
    }

    @Override
    public Page<LedgerEntry> entries(UserId owner, PageRequest page) {
        List<LedgerEntry> found = sql.list(
                MOVEMENT_COLUMNS + " WHERE user_id = ? ORDER BY id DESC LIMIT ? OFFSET ?",
                JdbcWalletRepository::entry,
                owner.value(),
                page.size(),
                page.offset());
        long total = sql.count("SELECT COUNT(*) FROM balance_movements WHERE user_id = ?", owner.value());
        return Page.of(found, page, total);
    }

    @Override
    public List<BalanceMovement> ledger(UserId owner) {
        return sql
                .list(MOVEMENT_COLUMNS + " WHERE user_id = ? ORDER BY id", JdbcWalletRepository::entry, owner.value())
                .stream()
                .map(LedgerEntry::movement)
                .toList();
    }

    private static Balance balance(ResultSet row) throws SQLException {
        return Balance.of(new Money(row.getBigDecimal("balance")));
    }

    private static LedgerEntry entry(ResultSet row) throws SQLException {
        long orderId = row.getLong("order_id");
        boolean hasOrder = !row.wasNull();
        BalanceMovement movement = new BalanceMovement(
                MovementType.valueOf(row.getString("movement_type")),
                new Money(row.getBigDecimal("amount")),
                new Money(row.getBigDecimal("balance_after")),
                Sql.instant(row, "created_at"),
                hasOrder ? OrderId.of(orderId) : null,
                row.getString("note"));
        return new LedgerEntry(row.getLong("id"), UserId.of(row.getLong("user_id")), movement);
    }
}
