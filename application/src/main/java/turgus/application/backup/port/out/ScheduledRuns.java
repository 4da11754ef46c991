package turgus.application.backup.port.out;

import java.time.Instant;

/**
 * Runs of scheduled work, claimed where every instance of the shop sees them (the database), so
 * that work due at one moment is done once however many instances are woken for it.
 */
public interface ScheduledRuns {
    /**
     * Claims the run of {@code job} due at {@code slot}, at {@code now}.
     *
     * @return true for exactly one caller per job and slot; false when another caller (on any
     *     instance) claimed it first
     */
    boolean claim(String job, Instant slot, Instant now);
}
