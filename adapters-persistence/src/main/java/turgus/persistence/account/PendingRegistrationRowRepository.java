package turgus.persistence.account;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.time.Instant;

/** SQL for {@code pending_registrations}; each state change is one conditional statement. */
@JdbcRepository(dialect = Dialect.POSTGRES)
interface PendingRegistrationRowRepository extends CrudRepository<PendingRegistrationRow, String> {
    /** Overwrites the pending registration of {@code :email}, if there is one, with a new one. */
    @Query("UPDATE pending_registrations SET phone = :phone, full_name = :fullName, password_hash = :passwordHash,"
            + " code_hash = :codeHash, created_at = :createdAt, expires_at = :expiresAt, wrong_attempts = :wrongAttempts"
            + " WHERE email = :email")
    int replace(
            String email,
            String phone,
            String fullName,
            String passwordHash,
            String codeHash,
            Instant createdAt,
            Instant expiresAt,
            int wrongAttempts);

    @Query("UPDATE pending_registrations SET wrong_attempts = wrong_attempts + 1"
            + " WHERE email = :email AND code_hash = :codeHash AND wrong_attempts < :maxWrongCodes")
    int countWrongCode(String email, String codeHash, int maxWrongCodes);

    @Query("DELETE FROM pending_registrations WHERE email = :email AND code_hash = :codeHash"
            + " AND wrong_attempts < :maxWrongCodes AND expires_at > :now")
    int claim(String email, String codeHash, int maxWrongCodes, Instant now);

    @Query("DELETE FROM pending_registrations WHERE email = :email AND code_hash = :codeHash")
    int deleteHolding(String email, String codeHash);

    @Query("DELETE FROM pending_registrations WHERE expires_at <= :now OR wrong_attempts >= :maxWrongCodes")
    int deleteExpired(Instant now, int maxWrongCodes);
}
