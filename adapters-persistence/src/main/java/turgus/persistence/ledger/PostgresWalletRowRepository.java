package turgus.persistence.ledger;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/** Wallet statements only PostgreSQL runs (H2 has no data-modifying CTE, see {@link H2WalletMoves}). */
@JdbcRepository(dialect = Dialect.POSTGRES)
interface PostgresWalletRowRepository extends GenericRepository<WalletRow, Long> {
    /**
     * {@link WalletRowRepository#move} and the movement's row in the ledger in one statement: the
     * movement is written only if the balance moved, and its id answered; nothing when it did not.
     */
    @Query("WITH moved AS (UPDATE wallets SET balance = balance + :amount"
            + " WHERE user_id = :userId AND balance = :expected AND balance + :amount >= 0 RETURNING user_id)"
            + " INSERT INTO balance_movements (user_id, movement_type, amount, balance_after, created_at, order_id, note)"
            + " SELECT user_id, :movementType, :amount, :balanceAfter, :createdAt, :orderId, :note FROM moved"
            + " RETURNING id")
    List<Long> move(
            long userId,
            BigDecimal expected,
            BigDecimal amount,
            String movementType,
            BigDecimal balanceAfter,
            Instant createdAt,
            @Nullable Long orderId,
            @Nullable String note);
}
