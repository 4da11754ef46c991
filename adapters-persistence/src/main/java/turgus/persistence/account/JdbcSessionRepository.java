package turgus.persistence.account;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import turgus.application.account.port.out.ActiveSession;
import turgus.application.account.port.out.SessionRepository;
import turgus.domain.account.UserId;
import turgus.persistence.shared.DatabaseTime;
import turgus.persistence.shared.JdbcTransactions;

/**
 * Signed-in sessions in {@code auth_sessions}, each named by a random UUID. Opening a session locks
 * the user's row ({@code SELECT … FOR UPDATE}) for the rest of its transaction, so that counting the
 * active sessions and signing out the oldest ones never races with another login of the same user.
 * Rotations, revocations and noting a session's use are conditional updates whose row count tells
 * whether they happened.
 */
@Singleton
public final class JdbcSessionRepository implements SessionRepository {
    static final int MAX_USER_AGENT_LENGTH = 500;
    static final int MAX_IP_LENGTH = 45;

    /**
     * An active session by id, the columns of {@link ActiveSession} by position: read on every
     * authenticated request, so with plain JDBC rather than through Micronaut Data's entity mapping,
     * which cost more than the statement's round trip (JFR, PostgreSQL).
     */
    static final String ACTIVE_BY_ID = "SELECT id, user_id, created_at, last_used_at, user_agent, ip FROM auth_sessions"
            + " WHERE id = ? AND revoked_at IS NULL";

    private final SessionRowRepository rows;
    private final JdbcOperations jdbc;
    private final JdbcTransactions transactions;

    JdbcSessionRepository(SessionRowRepository rows, JdbcOperations jdbc, JdbcTransactions transactions) {
        this.rows = Objects.requireNonNull(rows, "rows");
        this.jdbc = Objects.requireNonNull(jdbc, "jdbc");
        this.transactions = Objects.requireNonNull(transactions, "transactions");
    }

    @Override
    public OpenedSession open(
            UserId userId, String refreshTokenHash, String userAgent, String ip, Instant now, int maxActive) {
        Objects.requireNonNull(refreshTokenHash, "refreshTokenHash");
        if (maxActive < 1) {
            throw new IllegalArgumentException("At least one session may be active: " + maxActive);
        }
        Instant at = DatabaseTime.of(Objects.requireNonNull(now, "now"));
        String id = UUID.randomUUID().toString();
        return transactions.inTransaction(() -> {
            if (rows.lockUser(userId.value()).isEmpty()) {
                throw new IllegalArgumentException("No account " + userId.value() + " to open a session for");
            }
            rows.save(new SessionRow(
                    id,
                    userId.value(),
                    refreshTokenHash,
                    null,
                    cut(userAgent, MAX_USER_AGENT_LENGTH),
                    cut(ip, MAX_IP_LENGTH),
                    at,
                    at,
                    null));
            List<String> signedOut = new ArrayList<>();
            List<SessionRow> others = rows.findActiveNewestFirst(userId.value()).stream()
                    .filter(row -> !row.id().equals(id))
                    .toList();
            for (SessionRow oldest : others.subList(Math.min(others.size(), maxActive - 1), others.size())) {
                if (rows.revoke(userId.value(), oldest.id(), at) == 1) {
                    signedOut.add(oldest.id());
                }
            }
            return new OpenedSession(id, signedOut);
        });
    }

    @Override
    public Optional<ActiveSession> findActive(String sessionId) {
        if (sessionId == null) {
            return Optional.empty();
        }
        return jdbc.execute(connection -> {
            try (PreparedStatement statement = connection.prepareStatement(ACTIVE_BY_ID)) {
                statement.setString(1, sessionId);
                try (ResultSet found = statement.executeQuery()) {
                    if (!found.next()) {
                        return Optional.empty();
                    }
                    return Optional.of(new ActiveSession(
                            found.getString(1),
                            UserId.of(found.getLong(2)),
                            found.getTimestamp(3).toInstant(),
                            found.getTimestamp(4).toInstant(),
                            found.getString(5),
                            found.getString(6)));
                }
            }
        });
    }

    @Override
    public boolean markUsed(String sessionId, Instant now, Instant usedBefore) {
        return sessionId != null && rows.markUsed(sessionId, DatabaseTime.of(now), DatabaseTime.of(usedBefore)) == 1;
    }

    @Override
    public Optional<ActiveSession> findActiveByRefreshTokenHash(String refreshTokenHash) {
        return rows.findActiveByRefreshTokenHash(refreshTokenHash).map(JdbcSessionRepository::toSession);
    }

    @Override
    public Optional<ActiveSession> findActiveByPreviousRefreshTokenHash(String refreshTokenHash) {
        return rows.findActiveByPreviousTokenHash(refreshTokenHash).stream()
                .findFirst()
                .map(JdbcSessionRepository::toSession);
    }

    @Override
    public boolean rotate(String sessionId, String oldHash, String newHash, Instant now) {
        return rows.rotate(sessionId, oldHash, newHash, DatabaseTime.of(now)) == 1;
    }

    @Override
    public List<ActiveSession> listActive(UserId userId) {
        return rows.findActiveNewestFirst(userId.value()).stream()
                .map(JdbcSessionRepository::toSession)
                .toList();
    }

    @Override
    public boolean revoke(UserId userId, String sessionId, Instant now) {
        return sessionId != null && rows.revoke(userId.value(), sessionId, DatabaseTime.of(now)) == 1;
    }

    @Override
    public List<String> revokeAll(UserId userId, Optional<String> keep, Instant now) {
        Instant at = DatabaseTime.of(now);
        return transactions.inTransaction(() -> {
            List<String> revoked = new ArrayList<>();
            for (SessionRow row : rows.findActiveNewestFirst(userId.value())) {
                if (keep.filter(row.id()::equals).isEmpty() && rows.revoke(userId.value(), row.id(), at) == 1) {
                    revoked.add(row.id());
                }
            }
            return revoked;
        });
    }

    @Override
    public int revokeEveryone(Instant now) {
        return rows.revokeEveryone(DatabaseTime.of(now));
    }

    private static ActiveSession toSession(SessionRow row) {
        return new ActiveSession(
                row.id(), UserId.of(row.userId()), row.createdAt(), row.lastUsedAt(), row.userAgent(), row.ip());
    }

    /** Client-supplied text is kept, but never longer than its column. */
    private static String cut(String text, int maxLength) {
        return text == null || text.length() <= maxLength ? text : text.substring(0, maxLength);
    }
}
