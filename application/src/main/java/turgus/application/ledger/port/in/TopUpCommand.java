package turgus.application.ledger.port.in;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;
import turgus.application.idempotency.IdempotencyKey;
import turgus.domain.account.UserId;
import turgus.domain.ledger.TopUpAmount;
import turgus.domain.shared.FieldValidation;

/** A customer adds money to their balance, perhaps with an idempotency key. */
public record TopUpCommand(UserId customer, TopUpAmount amount, Optional<IdempotencyKey> idempotencyKey) {
    public TopUpCommand {
        Objects.requireNonNull(customer, "customer");
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(idempotencyKey, "idempotencyKey");
    }

    /** Reads a request: the amount (more than 0, at most 10,000.00, 2 decimals) and the key header. */
    public static TopUpCommand of(UserId customer, BigDecimal amount, String idempotencyKey) {
        FieldValidation validation = new FieldValidation();
        TopUpAmount checked = validation.check(() -> TopUpAmount.of(amount));
        Optional<IdempotencyKey> key = validation.check(() -> IdempotencyKey.fromHeader(idempotencyKey));
        validation.throwIfInvalid();
        return new TopUpCommand(customer, checked, key);
    }

    /** The request's canonical form, for its fingerprint. */
    public String canonical() {
        return "top-up:" + amount.amount().amount().toPlainString();
    }
}
