package turgus.persistence.ledger;

import java.math.BigDecimal;
import java.util.OptionalLong;

/**
 * How the database moves a balance and writes the movement in the ledger: one statement on
 * PostgreSQL ({@link PostgresWalletMoves}), the conditional update and the insert on H2 ({@link
 * H2WalletMoves}).
 */
interface WalletMoves {
    /**
     * Adds {@code movement.amount()} to the wallet only while its balance is {@code expected} and stays
     * at least zero, and if so writes {@code movement} (its {@code id} null).
     *
     * @return the new movement's id; empty, with nothing written, when the balance was not as expected
     */
    OptionalLong move(BigDecimal expected, BalanceMovementRow movement);
}
