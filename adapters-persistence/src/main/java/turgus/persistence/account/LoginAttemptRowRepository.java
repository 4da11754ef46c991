package turgus.persistence.account;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.time.Instant;
import java.util.Optional;

/** SQL for {@code login_attempts}. */
@JdbcRepository(dialect = Dialect.POSTGRES)
interface LoginAttemptRowRepository extends CrudRepository<LoginAttemptRow, String> {
    /** Reads the row and locks it until the transaction ends: racing failures wait their turn. */
    @Query("SELECT login_key, user_id, consecutive_failures, locked_until, updated_at FROM login_attempts"
            + " WHERE login_key = :loginKey FOR UPDATE")
    Optional<LoginAttemptRow> findForUpdate(String loginKey);

    @Query("UPDATE login_attempts SET consecutive_failures = :failures, locked_until = :lockedUntil,"
            + " updated_at = :now WHERE login_key = :loginKey")
    int updateAttempts(String loginKey, int failures, @Nullable Instant lockedUntil, Instant now);

    @Query("UPDATE login_attempts SET consecutive_failures = 0, locked_until = NULL WHERE login_key = :loginKey")
    int clear(String loginKey);

    @Query("DELETE FROM login_attempts WHERE user_id IS NULL AND updated_at < :before"
            + " AND (locked_until IS NULL OR locked_until <= :now)")
    int deleteStaleNames(Instant before, Instant now);
}
