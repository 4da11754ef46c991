package turgus.persistence.account;

import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import turgus.application.account.port.out.PasswordResetTokenRepository;
import turgus.domain.account.UserId;
import turgus.persistence.shared.DatabaseTime;

/**
 * Reset links in {@code password_resets}. A link is used by one conditional update, so that two
 * requests racing with the same link cannot both reset the password.
 */
@Singleton
public final class JdbcPasswordResetTokenRepository implements PasswordResetTokenRepository {
    private final PasswordResetRowRepository rows;

    JdbcPasswordResetTokenRepository(PasswordResetRowRepository rows) {
        this.rows = Objects.requireNonNull(rows, "rows");
    }

    @Override
    public void store(ResetToken token) {
        rows.save(new PasswordResetRow(
                token.tokenHash(),
                token.userId().value(),
                DatabaseTime.of(token.createdAt()),
                DatabaseTime.of(token.expiresAt()),
                null));
    }

    @Override
    public Optional<UserId> findUsable(String tokenHash, Instant now) {
        return rows.findUsableOwner(tokenHash, DatabaseTime.of(now)).stream()
                .findFirst()
                .map(UserId::of);
    }

    @Override
    public boolean use(String tokenHash, Instant now) {
        return rows.use(tokenHash, DatabaseTime.of(now)) == 1;
    }

    @Override
    public int invalidateAll(UserId userId, Instant now) {
        return rows.invalidateAll(userId.value(), DatabaseTime.of(now));
    }

    @Override
    public int deleteExpired(Instant now) {
        return rows.deleteExpired(DatabaseTime.of(now));
    }
}
