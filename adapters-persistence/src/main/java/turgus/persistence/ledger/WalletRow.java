package turgus.persistence.ledger;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.math.BigDecimal;

/** One row of {@code wallets}: a customer's balance. */
@MappedEntity("wallets")
record WalletRow(@Id long userId, BigDecimal balance) {}
