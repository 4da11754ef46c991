package turgus.persistence.ledger;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import java.math.BigDecimal;
import java.util.Optional;

/** SQL for {@code wallets}. */
@JdbcRepository(dialect = Dialect.POSTGRES)
interface WalletRowRepository extends GenericRepository<WalletRow, Long> {
    /** Creates the wallet unless it exists; answers 1 if this call created it. */
    @Query("INSERT INTO wallets (user_id, balance) VALUES (:userId, 0) ON CONFLICT DO NOTHING")
    int insertIfMissing(long userId);

    /** Reads the wallet and locks its row until the transaction ends. */
    @Query("SELECT user_id, balance FROM wallets WHERE user_id = :userId FOR UPDATE")
    Optional<WalletRow> findForUpdate(long userId);

    Optional<WalletRow> findById(long userId);

    /**
     * Moves the balance by {@code :amount} only while it still is {@code :expected} and stays at least
     * zero; the row count says whether it happened.
     */
    @Query("UPDATE wallets SET balance = balance + :amount"
            + " WHERE user_id = :userId AND balance = :expected AND balance + :amount >= 0")
    int move(long userId, BigDecimal expected, BigDecimal amount);
}
