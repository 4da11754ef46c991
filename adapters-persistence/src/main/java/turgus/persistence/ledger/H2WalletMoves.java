package turgus.persistence.ledger;

import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;
import java.math.BigDecimal;
import java.util.Objects;
import java.util.OptionalLong;

/** On H2, which has no data-modifying CTE: the conditional update, then the insert. */
@Singleton
@Requires(property = "datasources.default.url", pattern = "jdbc:h2:.*")
final class H2WalletMoves implements WalletMoves {
    private final WalletRowRepository wallets;
    private final BalanceMovementRowRepository movements;

    H2WalletMoves(WalletRowRepository wallets, BalanceMovementRowRepository movements) {
        this.wallets = Objects.requireNonNull(wallets, "wallets");
        this.movements = Objects.requireNonNull(movements, "movements");
    }

    @Override
    public OptionalLong move(BigDecimal expected, BalanceMovementRow movement) {
        if (wallets.move(movement.userId(), expected, movement.amount()) != 1) {
            return OptionalLong.empty();
        }
        return OptionalLong.of(movements.save(movement).id());
    }
}
