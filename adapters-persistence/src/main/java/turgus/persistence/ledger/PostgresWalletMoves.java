package turgus.persistence.ledger;

import io.micronaut.context.annotation.Requires;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;
import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Types;
import java.time.ZoneOffset;
import java.util.Objects;
import java.util.OptionalLong;

/**
 * On PostgreSQL, {@link WalletRowRepository#move} and the movement's row in the ledger in one
 * statement: the movement is written only if the balance moved, and its id answered; nothing when it
 * did not. Every checkout and top-up runs it, so it is bound with plain JDBC rather than through
 * Micronaut Data; the statement is a constant, one server-side prepared statement per connection.
 */
@Singleton
@Requires(property = "datasources.default.url", pattern = "jdbc:postgresql:.*")
final class PostgresWalletMoves implements WalletMoves {
    static final String MOVE = "WITH moved AS (UPDATE wallets SET balance = balance + ?"
            + " WHERE user_id = ? AND balance = ? AND balance + ? >= 0 RETURNING user_id)"
            + " INSERT INTO balance_movements (user_id, movement_type, amount, balance_after, created_at, order_id, note)"
            + " SELECT user_id, ?, ?, ?, ?, ?, ? FROM moved"
            + " RETURNING id";

    private final JdbcOperations jdbc;

    PostgresWalletMoves(JdbcOperations jdbc) {
        this.jdbc = Objects.requireNonNull(jdbc, "jdbc");
    }

    @Override
    public OptionalLong move(BigDecimal expected, BalanceMovementRow movement) {
        return jdbc.execute(connection -> {
            try (PreparedStatement statement = connection.prepareStatement(MOVE)) {
                statement.setBigDecimal(1, movement.amount());
                statement.setLong(2, movement.userId());
                statement.setBigDecimal(3, expected);
                statement.setBigDecimal(4, movement.amount());
                statement.setString(5, movement.movementType());
                statement.setBigDecimal(6, movement.amount());
                statement.setBigDecimal(7, movement.balanceAfter());
                statement.setObject(8, movement.createdAt().atOffset(ZoneOffset.UTC), Types.TIMESTAMP_WITH_TIMEZONE);
                statement.setObject(9, movement.orderId(), Types.BIGINT);
                statement.setString(10, movement.note());
                try (ResultSet rows = statement.executeQuery()) {
                    return rows.next() ? OptionalLong.of(rows.getLong(1)) : OptionalLong.empty();
                }
            }
        });
    }
}
