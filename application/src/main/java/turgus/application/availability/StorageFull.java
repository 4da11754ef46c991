package turgus.application.availability;

import turgus.domain.shared.Refusal;
import turgus.domain.shared.RefusalReason;

/**
 * The disk that holds the shop's data is full: the change was not made (a picture is never left half
 * written, a transaction is rolled back), and it succeeds again once an operator frees space.
 */
public final class StorageFull extends Refusal {
    public StorageFull(Throwable cause) {
        super(RefusalReason.STORAGE_FULL, "The shop's storage is full: " + cause);
        initCause(cause);
    }
}
