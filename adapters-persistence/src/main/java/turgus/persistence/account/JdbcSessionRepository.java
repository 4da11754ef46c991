package turgus.persistence.account;

import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;
import turgus.application.account.port.out.SessionRepository;
import turgus.domain.account.UserId;
import turgus.persistence.shared.DatabaseTime;

/** Signed-in sessions in {@code auth_sessions}, each named by a random UUID. */
@Singleton
public final class JdbcSessionRepository implements SessionRepository {
    static final int MAX_USER_AGENT_LENGTH = 500;
    static final int MAX_IP_LENGTH = 45;

    private final SessionRowRepository rows;

    JdbcSessionRepository(SessionRowRepository rows) {
        this.rows = Objects.requireNonNull(rows, "rows");
    }

    @Override
    public String open(UserId userId, String refreshTokenHash, String userAgent, String ip, Instant now) {
        Objects.requireNonNull(refreshTokenHash, "refreshTokenHash");
        Instant at = DatabaseTime.of(Objects.requireNonNull(now, "now"));
        String id = UUID.randomUUID().toString();
        rows.save(new SessionRow(
                id,
                userId.value(),
                refreshTokenHash,
                cut(userAgent, MAX_USER_AGENT_LENGTH),
                cut(ip, MAX_IP_LENGTH),
                at,
                at,
                null));
        return id;
    }

    @Override
    public boolean isActive(String sessionId) {
        return sessionId != null && rows.existsByIdAndRevokedAtIsNull(sessionId);
    }

    /** Client-supplied text is kept, but never longer than its column. */
    private static String cut(String text, int maxLength) {
        return text == null || text.length() <= maxLength ? text : text.substring(0, maxLength);
    }
}
