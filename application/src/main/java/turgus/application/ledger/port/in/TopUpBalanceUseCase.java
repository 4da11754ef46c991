package turgus.application.ledger.port.in;

/**
 * Adds money to a customer's balance. A retry with the same idempotency key and amount answers the
 * first top-up again and adds nothing; the same key with another amount is refused.
 */
public interface TopUpBalanceUseCase {
    TopUpResult topUp(TopUpCommand command);
}
