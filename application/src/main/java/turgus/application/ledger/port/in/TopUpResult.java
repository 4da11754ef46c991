package turgus.application.ledger.port.in;

import turgus.application.ledger.LedgerEntry;
import turgus.domain.ledger.Balance;

/** The balance right after a top-up, and the top-up's ledger entry. */
public record TopUpResult(Balance balance, LedgerEntry transaction) {}
