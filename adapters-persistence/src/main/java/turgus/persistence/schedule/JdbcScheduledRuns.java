package turgus.persistence.schedule;

import jakarta.inject.Singleton;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import turgus.application.backup.port.out.ScheduledRuns;
import turgus.persistence.shared.DatabaseTime;
import turgus.persistence.shared.JdbcTransactions;
import turgus.persistence.shared.SqlErrors;

/**
 * Claims in {@code scheduled_runs}: a claim is an insert of the job's slot, and the primary key lets
 * one insert win, whichever instance makes it; the losers' inserts fail as duplicates. Each claim
 * commits on its own at once (a failed statement would spoil a surrounding unit of work on
 * PostgreSQL, and other instances must see the claim before the work starts). A successful claim
 * also deletes claims older than {@link #KEEP}, which no schedule asks about again.
 */
@Singleton
public final class JdbcScheduledRuns implements ScheduledRuns {
    static final Duration KEEP = Duration.ofDays(7);

    private final ScheduledRunRowRepository rows;
    private final JdbcTransactions transactions;

    JdbcScheduledRuns(ScheduledRunRowRepository rows, JdbcTransactions transactions) {
        this.rows = Objects.requireNonNull(rows, "rows");
        this.transactions = Objects.requireNonNull(transactions, "transactions");
    }

    @Override
    public boolean claim(String job, Instant slot, Instant now) {
        Objects.requireNonNull(job, "job");
        Instant at = DatabaseTime.of(Objects.requireNonNull(slot, "slot"));
        Instant claimedAt = DatabaseTime.of(Objects.requireNonNull(now, "now"));
        String key = job + "@" + at;
        try {
            transactions.inNewTransaction(() -> rows.save(new ScheduledRunRow(key, job, at, claimedAt)));
        } catch (RuntimeException failure) {
            if (SqlErrors.isUniqueViolation(failure)) {
                return false;
            }
            throw failure;
        }
        rows.deleteSlotsBefore(claimedAt.minus(KEEP));
        return true;
    }
}
