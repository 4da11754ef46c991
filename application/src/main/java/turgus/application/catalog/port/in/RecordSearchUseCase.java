package turgus.application.catalog.port.in;

import turgus.domain.account.UserId;

/** Remembers what a shopper searched for, so that trending searches can be offered. */
public interface RecordSearchUseCase {
    /**
     * @param text the search as typed
     * @param found how many products it found; searches that find nothing are not offered to others
     */
    void record(String text, UserId searcher, long found);
}
