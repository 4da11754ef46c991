package turgus.persistence.account;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.time.Instant;
import java.util.List;

/** SQL for {@code password_resets}. */
@JdbcRepository(dialect = Dialect.POSTGRES)
interface PasswordResetRowRepository extends CrudRepository<PasswordResetRow, String> {
    @Query("SELECT user_id FROM password_resets WHERE token_hash = :tokenHash AND used_at IS NULL"
            + " AND expires_at > :now")
    List<Long> findUsableOwner(String tokenHash, Instant now);

    /** Uses the token only while it is unused and unexpired; the row count tells who won. */
    @Query("UPDATE password_resets SET used_at = :now WHERE token_hash = :tokenHash AND used_at IS NULL"
            + " AND expires_at > :now")
    int use(String tokenHash, Instant now);

    @Query("UPDATE password_resets SET used_at = :now WHERE user_id = :userId AND used_at IS NULL")
    int invalidateAll(long userId, Instant now);

    @Query("DELETE FROM password_resets WHERE expires_at <= :now")
    int deleteExpired(Instant now);
}
