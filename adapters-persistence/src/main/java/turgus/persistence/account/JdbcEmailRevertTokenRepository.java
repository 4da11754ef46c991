package turgus.persistence.account;

import jakarta.inject.Singleton;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import turgus.application.account.port.out.EmailRevertTokenRepository;
import turgus.domain.account.Email;
import turgus.domain.account.UserId;
import turgus.persistence.shared.Sql;

/**
 * Email-undo links in {@code email_reverts}. A link is used by one conditional update, so that two
 * requests racing with the same link cannot both undo the change; every statement runs on the
 * caller's unit of work, so a use rolls back with an undo that fails.
 */
@Singleton
public final class JdbcEmailRevertTokenRepository implements EmailRevertTokenRepository {
    /** Unused and unexpired at the moment bound to the last parameter. */
    private static final String USABLE = "used_at IS NULL AND expires_at > ?";

    private final Sql sql;

    JdbcEmailRevertTokenRepository(Sql sql) {
        this.sql = Objects.requireNonNull(sql, "sql");
    }

    @Override
    public void store(RevertToken token) {
        sql.update(
                "INSERT INTO email_reverts (token_hash, user_id, previous_email, created_at, expires_at)"
                        + " VALUES (?, ?, ?, ?, ?)",
                token.tokenHash(),
                token.userId().value(),
                token.previousEmail().value(),
                token.createdAt(),
                token.expiresAt());
    }

    @Override
    public Optional<RevertToken> findUsable(String tokenHash, Instant now) {
        return sql.one(
                "SELECT token_hash, user_id, previous_email, created_at, expires_at FROM email_reverts"
                        + " WHERE token_hash = ? AND " + USABLE,
                JdbcEmailRevertTokenRepository::token,
                tokenHash,
                now);
    }

    @Override
    public boolean use(String tokenHash, Instant now) {
        // PostgreSQL re-checks the WHERE on the newest row version after waiting for a racing
        // update, so of two uses only one sees the row still unused; the row count tells which.
        return sql.update(
                        "UPDATE email_reverts SET used_at = ? WHERE token_hash = ? AND " + USABLE, now, tokenHash, now)
                == 1;
    }

    @Override
    public int invalidateAll(UserId userId, Instant now) {
        return sql.update(
                "UPDATE email_reverts SET used_at = ? WHERE user_id = ? AND used_at IS NULL", now, userId.value());
    }

    @Override
    public int deleteExpired(Instant now) {
        return sql.update("DELETE FROM email_reverts WHERE expires_at <= ?", now);
    }

    private static RevertToken token(ResultSet row) throws SQLException {
        return new RevertToken(
                row.getString("token_hash"),
                UserId.of(row.getLong("user_id")),
                Email.of(row.getString("previous_email")),
                Sql.instant(row, "created_at"),
                Sql.instant(row, "expires_at"));
    }
}
