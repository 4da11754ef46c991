package turgus.persistence.account;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** SQL for {@code users} and {@code user_roles}. */
@JdbcRepository(dialect = Dialect.POSTGRES)
interface UserRowRepository extends CrudRepository<UserRow, Long> {
    Optional<UserRow> findByEmail(String email);

    Optional<UserRow> findByPhone(String phone);

    @Query("SELECT role FROM user_roles WHERE user_id = :userId ORDER BY role")
    List<String> findRoles(long userId);

    @Query("INSERT INTO user_roles (user_id, role) VALUES (:userId, :role)")
    void addRole(long userId, String role);

    @Query("SELECT COUNT(*) FROM user_roles WHERE role = :role")
    long countWithRole(String role);

    @Query("UPDATE users SET last_login_at = :at WHERE id = :id")
    int updateLastLogin(long id, Instant at);

    @Query("UPDATE users SET full_name = :fullName, email = :email, phone = :phone WHERE id = :id")
    int updateProfile(long id, String fullName, String email, String phone);

    @Query("UPDATE users SET password_hash = :passwordHash WHERE id = :id")
    int updatePasswordHash(long id, String passwordHash);
}
