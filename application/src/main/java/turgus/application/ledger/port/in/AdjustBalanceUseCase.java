package turgus.application.ledger.port.in;

import turgus.application.ledger.LedgerEntry;

/**
 * An admin's credit or debit of a customer's balance, recorded in the ledger with its reason. A debit
 * that would take the balance below zero is refused (field {@code amount}); an unknown customer is
 * not found.
 */
public interface AdjustBalanceUseCase {
    LedgerEntry adjust(AdjustBalanceCommand command);
}
