package turgus.application.audit.port.in;

import turgus.domain.account.UserId;

/**
 * Notes in the event log a request that failed in a way nobody foresaw, under the id its answer
 * carried, in a transaction of its own (the failed work's transaction has rolled back).
 */
public interface RecordUnexpectedErrorUseCase {
    /** @param user who was signed in, or null */
    void recordUnexpectedError(String errorId, String method, String path, UserId user, String ip);
}
