package turgus.persistence.account;

import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import turgus.application.account.port.out.SingleUseTokenStore;
import turgus.domain.account.Email;
import turgus.domain.account.UserId;
import turgus.persistence.shared.DatabaseTime;

/**
 * Reset links and email-undo links in {@code single_use_tokens}. A link is used by one conditional
 * update, so that two requests racing with the same link cannot both use it; every statement runs on
 * the caller's unit of work, so a use rolls back with the work that fails after it.
 */
@Singleton
public final class JdbcSingleUseTokenStore implements SingleUseTokenStore {
    private final SingleUseTokenRowRepository rows;

    JdbcSingleUseTokenStore(SingleUseTokenRowRepository rows) {
        this.rows = Objects.requireNonNull(rows, "rows");
    }

    @Override
    public void store(SingleUseToken token) {
        rows.save(new SingleUseTokenRow(
                token.tokenHash(),
                token.purpose().name(),
                token.userId().value(),
                token.previousEmail() == null ? null : token.previousEmail().value(),
                DatabaseTime.of(token.createdAt()),
                DatabaseTime.of(token.expiresAt()),
                null));
    }

    @Override
    public Optional<SingleUseToken> findUsable(TokenPurpose purpose, String tokenHash, Instant now) {
        return rows.findUsable(purpose.name(), tokenHash, DatabaseTime.of(now)).map(JdbcSingleUseTokenStore::toToken);
    }

    @Override
    public boolean use(TokenPurpose purpose, String tokenHash, Instant now) {
        return rows.use(purpose.name(), tokenHash, DatabaseTime.of(now)) == 1;
    }

    @Override
    public int invalidateAll(TokenPurpose purpose, UserId userId, Instant now) {
        return rows.invalidateAll(purpose.name(), userId.value(), DatabaseTime.of(now));
    }

    @Override
    public int deleteExpired(TokenPurpose purpose, Instant now) {
        return rows.deleteExpired(purpose.name(), DatabaseTime.of(now));
    }

    private static SingleUseToken toToken(SingleUseTokenRow row) {
        return new SingleUseToken(
                TokenPurpose.valueOf(row.purpose()),
                row.tokenHash(),
                UserId.of(row.userId()),
                row.previousEmail() == null ? null : Email.of(row.previousEmail()),
                row.createdAt(),
                row.expiresAt());
    }
}
