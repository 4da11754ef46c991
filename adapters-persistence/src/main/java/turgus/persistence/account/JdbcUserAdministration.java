package turgus.persistence.account;

import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import turgus.application.account.port.in.UserSearch;
import turgus.application.account.port.out.AccountBlocks;
import turgus.application.account.port.out.ManagedAccount;
import turgus.application.account.port.out.UserAdministrationRepository;
import turgus.application.account.port.out.UserOverview;
import turgus.application.audit.port.out.LoggedEvent;
import turgus.application.shared.Page;
import turgus.application.shared.PageRequest;
import turgus.domain.account.AccountStatus;
import turgus.domain.account.Block;
import turgus.domain.account.BlockCategory;
import turgus.domain.account.Role;
import turgus.domain.account.UserId;
import turgus.domain.shared.Money;
import turgus.persistence.shared.DatabaseTime;
import turgus.persistence.shared.LikePatterns;

/**
 * The admins' view of {@code users}: the list with its figures, the row locks of guarded changes,
 * blocks, anonymisation and the purge of inactive accounts.
 */
@Singleton
public final class JdbcUserAdministration implements UserAdministrationRepository, AccountBlocks {
    static final String DELETED_NAME = "Deleted user";
    /** Not the shape of any hash: no password ever matches it. */
    static final String UNUSABLE_PASSWORD = "!deleted";

    private final UserAdministrationRowRepository rows;
    private final UserRowRepository users;

    JdbcUserAdministration(UserAdministrationRowRepository rows, UserRowRepository users) {
        this.rows = Objects.requireNonNull(rows, "rows");
        this.users = Objects.requireNonNull(users, "users");
    }

    @Override
    public Page<UserOverview> search(UserSearch search, Instant now, PageRequest page) {
        boolean anyText = search.text() == null;
        String pattern = anyText ? LikePatterns.anything() : LikePatterns.containingIgnoringCase(search.text());
        String phonePattern =
                search.phoneDigits().map(LikePatterns::containingIgnoringCase).orElse(pattern);
        boolean lockedOnly = search.status() == UserSearch.Status.LOCKED;
        boolean anyStatus = search.status() == null || lockedOnly;
        String status = anyStatus ? "" : search.status().name();
        boolean anyRole = search.role() == null;
        String role = anyRole ? "" : search.role().name();
        Instant at = DatabaseTime.of(now);
        int limit = page.size();
        long offset = page.offset();
        List<UserOverviewRow> found = switch (search.sort()) {
            case NAME ->
                rows.byName(
                        anyText,
                        pattern,
                        phonePattern,
                        anyStatus,
                        status,
                        lockedOnly,
                        anyRole,
                        role,
                        at,
                        limit,
                        offset);
            case EMAIL ->
                rows.byEmail(
                        anyText,
                        pattern,
                        phonePattern,
                        anyStatus,
                        status,
                        lockedOnly,
                        anyRole,
                        role,
                        at,
                        limit,
                        offset);
            case OLDEST ->
                rows.oldestFirst(
                        anyText,
                        pattern,
                        phonePattern,
                        anyStatus,
                        status,
                        lockedOnly,
                        anyRole,
                        role,
                        at,
                        limit,
                        offset);
            case NEWEST ->
                rows.newestFirst(
                        anyText,
                        pattern,
                        phonePattern,
                        anyStatus,
                        status,
                        lockedOnly,
                        anyRole,
                        role,
                        at,
                        limit,
                        offset);
            case LAST_LOGIN ->
                rows.byLastLogin(
                        anyText,
                        pattern,
                        phonePattern,
                        anyStatus,
                        status,
                        lockedOnly,
                        anyRole,
                        role,
                        at,
                        limit,
                        offset);
            case LAST_LOGIN_DESC ->
                rows.byLastLoginDesc(
                        anyText,
                        pattern,
                        phonePattern,
                        anyStatus,
                        status,
                        lockedOnly,
                        anyRole,
                        role,
                        at,
                        limit,
                        offset);
            case BALANCE ->
                rows.byBalance(
                        anyText,
                        pattern,
                        phonePattern,
                        anyStatus,
                        status,
                        lockedOnly,
                        anyRole,
                        role,
                        at,
                        limit,
                        offset);
            case BALANCE_DESC ->
                rows.byBalanceDesc(
                        anyText,
                        pattern,
                        phonePattern,
                        anyStatus,
                        status,
                        lockedOnly,
                        anyRole,
                        role,
                        at,
                        limit,
                        offset);
            case TOTAL_SPENT ->
                rows.byTotalSpent(
                        anyText,
                        pattern,
                        phonePattern,
                        anyStatus,
                        status,
                        lockedOnly,
                        anyRole,
                        role,
                        at,
                        limit,
                        offset);
            case TOTAL_SPENT_DESC ->
                rows.byTotalSpentDesc(
                        anyText,
                        pattern,
                        phonePattern,
                        anyStatus,
                        status,
                        lockedOnly,
                        anyRole,
                        role,
                        at,
                        limit,
                        offset);
        };
        long total = found.isEmpty() && offset == 0
                ? 0
                : rows.countMatching(anyText, pattern, phonePattern, anyStatus, status, lockedOnly, anyRole, role, at);
        return Page.of(withRoles(found), page, total);
    }

    @Override
    public Optional<UserOverview> find(UserId id, Instant now) {
        return rows.overviewOf(id.value(), DatabaseTime.of(now))
                .map(row -> withRoles(List.of(row)).get(0));
    }

    @Override
    public long lockAdmins(UserId besides) {
        rows.lockAdmins();
        return rows.countActiveAdminsBesides(besides.value());
    }

    @Override
    public Optional<ManagedAccount> lockForChange(UserId id) {
        return rows.lockAccount(id.value())
                .map(row -> new ManagedAccount(
                        UserId.of(row.id()),
                        row.fullName(),
                        row.email(),
                        rolesOf(row.id()),
                        AccountStatus.valueOf(row.status()),
                        blockOf(row.status(), row.blockedUntil(), row.blockReason(), row.blockCategory()),
                        row.pictureName()));
    }

    @Override
    public void block(UserId id, Block block) {
        rows.block(
                id.value(),
                DatabaseTime.of(block.until()),
                block.reason(),
                block.category().name());
    }

    @Override
    public void activate(UserId id) {
        rows.activate(id.value());
    }

    @Override
    public void deactivate(UserId id, Instant now) {
        rows.deactivate(id.value(), DatabaseTime.of(now));
    }

    @Override
    public void replaceRoles(UserId id, Set<Role> roles) {
        rows.deleteRoles(id.value());
        roles.stream().sorted().forEach(role -> users.addRole(id.value(), role.name()));
    }

    @Override
    public void anonymise(UserId id, Instant now) {
        long key = id.value();
        String email = placeholderEmail(id);
        rows.anonymise(key, DELETED_NAME, email, placeholderPhone(id), UNUSABLE_PASSWORD, DatabaseTime.of(now));
        replaceRoles(id, EnumSet.of(Role.CUSTOMER));
        rows.anonymiseOrders(key, DELETED_NAME, email);
        rows.deleteSessions(key);
        rows.deleteSingleUseTokens(key);
        rows.deleteLoginAttempts(key);
        rows.deleteCartLines(key);
        rows.deleteCart(key);
    }

    /** An address no mailbox has ({@code .invalid} is reserved for that). */
    static String placeholderEmail(UserId id) {
        return "deleted-" + id.value() + "@deleted.invalid";
    }

    /** Not a phone number anyone can type: no sign-in by phone finds it. */
    static String placeholderPhone(UserId id) {
        return "deleted#" + id.value();
    }

    @Override
    public long countInactive(Instant cutoff) {
        return rows.countInactive(DatabaseTime.of(cutoff));
    }

    @Override
    public List<UserId> findInactive(Instant cutoff) {
        return rows.findInactive(DatabaseTime.of(cutoff)).stream()
                .map(UserId::of)
                .toList();
    }

    @Override
    public List<LoggedEvent> recentEvents(UserId id, int limit) {
        return rows.recentEvents(id.value(), limit).stream()
                .map(row -> new LoggedEvent(
                        row.id(), row.at(), row.type(), row.actorId(), row.subjectId(), row.ip(), row.details()))
                .toList();
    }

    // --- AccountBlocks ---------------------------------------------------------------------

    @Override
    public Optional<Block> find(UserId id) {
        return rows.blockOf(id.value())
                .map(row -> blockOf("BLOCKED", row.blockedUntil(), row.blockReason(), row.blockCategory()));
    }

    @Override
    public boolean liftEnded(UserId id, Instant now) {
        return rows.liftEnded(id.value(), DatabaseTime.of(now)) == 1;
    }

    @Override
    public List<UserId> findEnded(Instant now, int limit) {
        return rows.findEnded(DatabaseTime.of(now), limit).stream()
                .map(UserId::of)
                .toList();
    }

    // --- mapping ---------------------------------------------------------------------------

    private List<UserOverview> withRoles(List<UserOverviewRow> found) {
        if (found.isEmpty()) {
            return List.of();
        }
        Map<Long, Set<Role>> roles = rows
                .rolesOf(found.stream().map(UserOverviewRow::id).toList())
                .stream()
                .collect(Collectors.groupingBy(
                        UserRoleRow::userId,
                        Collectors.mapping(
                                row -> Role.valueOf(row.role()),
                                Collectors.toCollection(() -> EnumSet.noneOf(Role.class)))));
        return found.stream()
                .map(row -> new UserOverview(
                        UserId.of(row.id()),
                        row.fullName(),
                        row.email(),
                        row.phone(),
                        roles.getOrDefault(row.id(), EnumSet.noneOf(Role.class)),
                        AccountStatus.valueOf(row.status()),
                        blockOf(row.status(), row.blockedUntil(), row.blockReason(), row.blockCategory()),
                        row.lockedUntil(),
                        new Money(row.balance()),
                        row.completedOrders(),
                        new Money(row.totalSpent()),
                        row.lastLoginAt(),
                        row.createdAt()))
                .toList();
    }

    private Set<Role> rolesOf(long id) {
        Set<Role> held = EnumSet.noneOf(Role.class);
        users.findRoles(id).forEach(role -> held.add(Role.valueOf(role)));
        return held;
    }

    /** The block of a blocked account; one blocked before blocks had details is blocked for good, OTHER. */
    private static Block blockOf(String status, Instant until, String reason, String category) {
        if (!AccountStatus.BLOCKED.name().equals(status)) {
            return null;
        }
        return new Block(
                until,
                reason == null ? "" : reason,
                category == null ? BlockCategory.OTHER : BlockCategory.valueOf(category));
    }
}
