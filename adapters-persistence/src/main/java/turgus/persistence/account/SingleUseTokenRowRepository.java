package turgus.persistence.account;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.time.Instant;
import java.util.Optional;

/** SQL for {@code single_use_tokens}; every statement names the purpose. */
@JdbcRepository(dialect = Dialect.POSTGRES)
interface SingleUseTokenRowRepository extends CrudRepository<SingleUseTokenRow, String> {
    /** Unused and unexpired at {@code :now}. */
    String USABLE = " AND used_at IS NULL AND expires_at > :now";

    @Query("SELECT token_hash, purpose, user_id, previous_email, created_at, expires_at, used_at"
            + " FROM single_use_tokens WHERE purpose = :purpose AND token_hash = :tokenHash" + USABLE)
    Optional<SingleUseTokenRow> findUsable(String purpose, String tokenHash, Instant now);

    /**
     * Uses the token only while it is unused and unexpired. PostgreSQL re-checks the WHERE on the
     * newest row version after waiting for a racing update, so of two uses only one sees the row still
     * unused; the row count tells which.
     */
    @Query("UPDATE single_use_tokens SET used_at = :now WHERE purpose = :purpose AND token_hash = :tokenHash" + USABLE)
    int use(String purpose, String tokenHash, Instant now);

    @Query("UPDATE single_use_tokens SET used_at = :now WHERE purpose = :purpose AND user_id = :userId"
            + " AND used_at IS NULL")
    int invalidateAll(String purpose, long userId, Instant now);

    @Query("DELETE FROM single_use_tokens WHERE purpose = :purpose AND expires_at <= :now")
    int deleteExpired(String purpose, Instant now);
}
