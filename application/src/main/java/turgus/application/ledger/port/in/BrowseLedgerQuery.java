package turgus.application.ledger.port.in;

import turgus.application.ledger.LedgerEntry;
import turgus.application.shared.Page;
import turgus.application.shared.PageRequest;
import turgus.domain.account.UserId;

/** A customer's balance movements, newest first. */
public interface BrowseLedgerQuery {
    Page<LedgerEntry> movements(UserId customer, PageRequest page);
}
