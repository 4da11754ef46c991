package turgus.persistence.ledger;

import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;
import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.OptionalLong;

/** On PostgreSQL, the update and the insert in one statement ({@link PostgresWalletRowRepository#move}). */
@Singleton
@Requires(property = "datasources.default.url", pattern = "jdbc:postgresql:.*")
final class PostgresWalletMoves implements WalletMoves {
    private final PostgresWalletRowRepository wallets;

    PostgresWalletMoves(PostgresWalletRowRepository wallets) {
        this.wallets = Objects.requireNonNull(wallets, "wallets");
    }

    @Override
    public OptionalLong move(BigDecimal expected, BalanceMovementRow movement) {
        List<Long> ids = wallets.move(
                movement.userId(),
                expected,
                movement.amount(),
                movement.movementType(),
                movement.balanceAfter(),
                movement.createdAt(),
                movement.orderId(),
                movement.note());
        return ids.isEmpty() ? OptionalLong.empty() : OptionalLong.of(ids.get(0));
    }
}
