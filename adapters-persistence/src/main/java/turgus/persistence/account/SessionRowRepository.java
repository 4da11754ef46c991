package turgus.persistence.account;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** SQL for {@code auth_sessions}. */
@JdbcRepository(dialect = Dialect.POSTGRES)
interface SessionRowRepository extends CrudRepository<SessionRow, String> {
    String COLUMNS = "SELECT id, user_id, refresh_token_hash, previous_token_hash, user_agent, ip, created_at,"
            + " last_used_at, revoked_at FROM auth_sessions";

    /**
     * Locks the user's row until the transaction ends, so that session openings for one user run one
     * after the other (and openings for different users do not wait for each other).
     */
    @Query("SELECT id FROM users WHERE id = :userId FOR UPDATE")
    List<Long> lockUser(long userId);

    /**
     * Moves the last use of an active session only if it is older than {@code :usedBefore}: under
     * PostgreSQL's Read Committed a racing second update re-checks that on the row the first one
     * wrote, and writes nothing.
     */
    @Query("UPDATE auth_sessions SET last_used_at = :now"
            + " WHERE id = :id AND revoked_at IS NULL AND last_used_at < :usedBefore")
    int markUsed(String id, Instant now, Instant usedBefore);

    @Query(COLUMNS + " WHERE refresh_token_hash = :hash AND revoked_at IS NULL")
    Optional<SessionRow> findActiveByRefreshTokenHash(String hash);

    @Query(COLUMNS + " WHERE previous_token_hash = :hash AND revoked_at IS NULL")
    List<SessionRow> findActiveByPreviousTokenHash(String hash);

    @Query(COLUMNS + " WHERE user_id = :userId AND revoked_at IS NULL ORDER BY created_at DESC, id DESC")
    List<SessionRow> findActiveNewestFirst(long userId);

    /** Rotates only a session that is active and still holds {@code :oldHash}. */
    @Query("UPDATE auth_sessions SET refresh_token_hash = :newHash, previous_token_hash = :oldHash,"
            + " last_used_at = :now WHERE id = :id AND refresh_token_hash = :oldHash AND revoked_at IS NULL")
    int rotate(String id, String oldHash, String newHash, Instant now);

    @Query("UPDATE auth_sessions SET revoked_at = :now WHERE id = :id AND user_id = :userId AND revoked_at IS NULL")
    int revoke(long userId, String id, Instant now);

    @Query("UPDATE auth_sessions SET revoked_at = :now WHERE revoked_at IS NULL")
    int revokeEveryone(Instant now);
}
