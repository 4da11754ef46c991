package turgus.persistence.account;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * SQL of the admins' user back office. The list's figures are scalar subqueries over indexed columns
 * (a wallet by its key, the paid orders by {@code ix_orders_user_status_total}, the lockout by {@code
 * ix_login_attempts_user}), so the database adds them up for the rows of the page. The listings are
 * written out, one per order, so that each is plain SQL that both databases run the same way.
 */
@JdbcRepository(dialect = Dialect.POSTGRES)
interface UserAdministrationRowRepository extends GenericRepository<UserRow, Long> {
    String OVERVIEW = "SELECT u.id, u.full_name, u.email, u.phone, u.status, u.blocked_until, u.block_reason,"
            + " u.block_category, u.created_at, u.last_login_at,"
            + " (SELECT MAX(la.locked_until) FROM login_attempts la"
            + " WHERE la.user_id = u.id AND la.locked_until > :now) AS locked_until,"
            + " COALESCE((SELECT w.balance FROM wallets w WHERE w.user_id = u.id), 0) AS balance,"
            + " (SELECT COUNT(*) FROM orders o WHERE o.user_id = u.id AND o.status = 'PAID') AS completed_orders,"
            + " COALESCE((SELECT SUM(o.total) FROM orders o WHERE o.user_id = u.id AND o.status = 'PAID'), 0)"
            + " AS total_spent"
            + " FROM users u";

    /**
     * Accounts not deleted whose name, email or phone contain the text ({@code :pattern}, lower case,
     * see {@code LikePatterns}; {@code :phonePattern} the typed digits), of one status, locked out
     * now, or of one role.
     */
    String MATCHING = " WHERE u.deleted_at IS NULL"
            + " AND (:anyText OR LOWER(u.full_name) LIKE :pattern ESCAPE '\\' OR u.email LIKE :pattern ESCAPE '\\'"
            + " OR u.phone LIKE :phonePattern ESCAPE '\\')"
            + " AND (:anyStatus OR u.status = :status)"
            + " AND (NOT :lockedOnly OR EXISTS (SELECT 1 FROM login_attempts lo"
            + " WHERE lo.user_id = u.id AND lo.locked_until > :now))"
            + " AND (:anyRole OR EXISTS (SELECT 1 FROM user_roles r WHERE r.user_id = u.id AND r.role = :role))";

    String PAGE = " LIMIT :limit OFFSET :offset";

    @Query(OVERVIEW + MATCHING + " ORDER BY u.full_name, u.id" + PAGE)
    List<UserOverviewRow> byName(
            boolean anyText,
            String pattern,
            String phonePattern,
            boolean anyStatus,
            String status,
            boolean lockedOnly,
            boolean anyRole,
            String role,
            Instant now,
            int limit,
            long offset);

    @Query(OVERVIEW + MATCHING + " ORDER BY u.email, u.id" + PAGE)
    List<UserOverviewRow> byEmail(
            boolean anyText,
            String pattern,
            String phonePattern,
            boolean anyStatus,
            String status,
            boolean lockedOnly,
            boolean anyRole,
            String role,
            Instant now,
            int limit,
            long offset);

    @Query(OVERVIEW + MATCHING + " ORDER BY u.created_at, u.id" + PAGE)
    List<UserOverviewRow> oldestFirst(
            boolean anyText,
            String pattern,
            String phonePattern,
            boolean anyStatus,
            String status,
            boolean lockedOnly,
            boolean anyRole,
            String role,
            Instant now,
            int limit,
            long offset);

    @Query(OVERVIEW + MATCHING + " ORDER BY u.created_at DESC, u.id DESC" + PAGE)
    List<UserOverviewRow> newestFirst(
            boolean anyText,
            String pattern,
            String phonePattern,
            boolean anyStatus,
            String status,
            boolean lockedOnly,
            boolean anyRole,
            String role,
            Instant now,
            int limit,
            long offset);

    @Query(OVERVIEW + MATCHING + " ORDER BY u.last_login_at, u.id" + PAGE)
    List<UserOverviewRow> byLastLogin(
            boolean anyText,
            String pattern,
            String phonePattern,
            boolean anyStatus,
            String status,
            boolean lockedOnly,
            boolean anyRole,
            String role,
            Instant now,
            int limit,
            long offset);

    @Query(OVERVIEW + MATCHING + " ORDER BY u.last_login_at DESC NULLS LAST, u.id DESC" + PAGE)
    List<UserOverviewRow> byLastLoginDesc(
            boolean anyText,
            String pattern,
            String phonePattern,
            boolean anyStatus,
            String status,
            boolean lockedOnly,
            boolean anyRole,
            String role,
            Instant now,
            int limit,
            long offset);

    @Query(OVERVIEW + MATCHING + " ORDER BY balance, u.id" + PAGE)
    List<UserOverviewRow> byBalance(
            boolean anyText,
            String pattern,
            String phonePattern,
            boolean anyStatus,
            String status,
            boolean lockedOnly,
            boolean anyRole,
            String role,
            Instant now,
            int limit,
            long offset);

    @Query(OVERVIEW + MATCHING + " ORDER BY balance DESC, u.id DESC" + PAGE)
    List<UserOverviewRow> byBalanceDesc(
            boolean anyText,
            String pattern,
            String phonePattern,
            boolean anyStatus,
            String status,
            boolean lockedOnly,
            boolean anyRole,
            String role,
            Instant now,
            int limit,
            long offset);

    @Query(OVERVIEW + MATCHING + " ORDER BY total_spent, u.id" + PAGE)
    List<UserOverviewRow> byTotalSpent(
            boolean anyText,
            String pattern,
            String phonePattern,
            boolean anyStatus,
            String status,
            boolean lockedOnly,
            boolean anyRole,
            String role,
            Instant now,
            int limit,
            long offset);

    @Query(OVERVIEW + MATCHING + " ORDER BY total_spent DESC, u.id DESC" + PAGE)
    List<UserOverviewRow> byTotalSpentDesc(
            boolean anyText,
            String pattern,
            String phonePattern,
            boolean anyStatus,
            String status,
            boolean lockedOnly,
            boolean anyRole,
            String role,
            Instant now,
            int limit,
            long offset);

    @Query("SELECT COUNT(*) FROM users u" + MATCHING)
    long countMatching(
            boolean anyText,
            String pattern,
            String phonePattern,
            boolean anyStatus,
            String status,
            boolean lockedOnly,
            boolean anyRole,
            String role,
            Instant now);

    @Query(OVERVIEW + " WHERE u.id = :id AND u.deleted_at IS NULL")
    Optional<UserOverviewRow> overviewOf(long id, Instant now);

    @Query("SELECT user_id, role FROM user_roles WHERE user_id IN (:ids) ORDER BY user_id, role")
    List<UserRoleRow> rolesOf(Collection<Long> ids);

    /** Every admin's account row, locked in id order (the one order every guarded change takes). */
    @Query("SELECT u.id FROM users u WHERE u.id IN (SELECT r.user_id FROM user_roles r WHERE r.role = 'ADMIN')"
            + " ORDER BY u.id FOR UPDATE")
    List<Long> lockAdmins();

    @Query("SELECT COUNT(*) FROM users u WHERE u.status = 'ACTIVE' AND u.deleted_at IS NULL AND u.id <> :besides"
            + " AND EXISTS (SELECT 1 FROM user_roles r WHERE r.user_id = u.id AND r.role = 'ADMIN')")
    long countActiveAdminsBesides(long besides);

    @Query("SELECT id, full_name, email, status, blocked_until, block_reason, block_category, picture_name"
            + " FROM users WHERE id = :id AND deleted_at IS NULL FOR UPDATE")
    Optional<ManagedAccountRow> lockAccount(long id);

    @Query("UPDATE users SET status = 'BLOCKED', blocked_until = :until, block_reason = :reason,"
            + " block_category = :category, deactivated_at = NULL WHERE id = :id")
    int block(long id, @Nullable Instant until, String reason, String category);

    @Query("UPDATE users SET status = 'ACTIVE', blocked_until = NULL, block_reason = NULL, block_category = NULL,"
            + " deactivated_at = NULL WHERE id = :id")
    int activate(long id);

    @Query("UPDATE users SET status = 'DEACTIVATED', blocked_until = NULL, block_reason = NULL,"
            + " block_category = NULL, deactivated_at = :now WHERE id = :id")
    int deactivate(long id, Instant now);

    @Query("DELETE FROM user_roles WHERE user_id = :id")
    int deleteRoles(long id);

    @Query("UPDATE users SET full_name = :fullName, email = :email, phone = :phone, password_hash = :passwordHash,"
            + " picture_name = NULL, status = 'DEACTIVATED', blocked_until = NULL, block_reason = NULL,"
            + " block_category = NULL, deactivated_at = COALESCE(deactivated_at, :now), deleted_at = :now"
            + " WHERE id = :id")
    int anonymise(long id, String fullName, String email, String phone, String passwordHash, Instant now);

    @Query("UPDATE orders SET customer_name = :fullName, customer_email = :email WHERE user_id = :id")
    int anonymiseOrders(long id, String fullName, String email);

    @Query("DELETE FROM auth_sessions WHERE user_id = :id")
    int deleteSessions(long id);

    @Query("DELETE FROM single_use_tokens WHERE user_id = :id")
    int deleteSingleUseTokens(long id);

    @Query("DELETE FROM login_attempts WHERE user_id = :id")
    int deleteLoginAttempts(long id);

    @Query("DELETE FROM cart_lines WHERE user_id = :id")
    int deleteCartLines(long id);

    @Query("DELETE FROM carts WHERE user_id = :id")
    int deleteCart(long id);

    /** Not an admin, not deleted; deactivated at or before the cut-off, or never signed in and as old. */
    String INACTIVE = " FROM users u WHERE u.deleted_at IS NULL"
            + " AND NOT EXISTS (SELECT 1 FROM user_roles r WHERE r.user_id = u.id AND r.role = 'ADMIN')"
            + " AND ((u.status = 'DEACTIVATED' AND u.deactivated_at <= :cutoff)"
            + " OR (u.last_login_at IS NULL AND u.created_at <= :cutoff))";

    @Query("SELECT COUNT(*)" + INACTIVE)
    long countInactive(Instant cutoff);

    @Query("SELECT u.id" + INACTIVE + " ORDER BY u.id")
    List<Long> findInactive(Instant cutoff);

    @Query("SELECT id, at, type, actor_id, subject_id, ip, details FROM event_log WHERE subject_id = :id"
            + " ORDER BY at DESC, id DESC LIMIT :limit")
    List<UserEventRow> recentEvents(long id, int limit);

    @Query("SELECT blocked_until, block_reason, block_category FROM users WHERE id = :id AND status = 'BLOCKED'")
    Optional<BlockRow> blockOf(long id);

    @Query("UPDATE users SET status = 'ACTIVE', blocked_until = NULL, block_reason = NULL, block_category = NULL"
            + " WHERE id = :id AND status = 'BLOCKED' AND blocked_until <= :now")
    int liftEnded(long id, Instant now);

    @Query("SELECT id FROM users WHERE status = 'BLOCKED' AND blocked_until <= :now ORDER BY id LIMIT :limit")
    List<Long> findEnded(Instant now, int limit);
}
