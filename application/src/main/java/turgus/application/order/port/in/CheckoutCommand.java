package turgus.application.order.port.in;

import java.util.Objects;
import java.util.Optional;
import turgus.application.idempotency.IdempotencyKey;
import turgus.domain.account.UserId;

/** A customer pays their cart, perhaps with an idempotency key. */
public record CheckoutCommand(UserId customer, Optional<IdempotencyKey> idempotencyKey) {
    /** A checkout has no body: every checkout of a customer is the same request. */
    public static final String CANONICAL = "checkout";

    public CheckoutCommand {
        Objects.requireNonNull(customer, "customer");
        Objects.requireNonNull(idempotencyKey, "idempotencyKey");
    }

    public static CheckoutCommand of(UserId customer, String idempotencyKey) {
        return new CheckoutCommand(customer, IdempotencyKey.fromHeader(idempotencyKey));
    }
}
