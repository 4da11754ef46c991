package turgus.application.account;

import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import turgus.application.account.port.in.AdminActor;
import turgus.application.account.port.in.AdministerUserUseCase;
import turgus.application.account.port.in.BrowseUsersQuery;
import turgus.application.account.port.in.BulkUserActionUseCase;
import turgus.application.account.port.in.LiftEndedBlocksUseCase;
import turgus.application.account.port.in.PurgeInactiveUsersUseCase;
import turgus.application.account.port.in.UserAdministrationRefusal;
import turgus.application.account.port.in.UserDetail;
import turgus.application.account.port.in.UserSearch;
import turgus.application.account.port.out.AccountBlocks;
import turgus.application.account.port.out.LoginAttemptsRepository;
import turgus.application.account.port.out.LoginKey;
import turgus.application.account.port.out.ManagedAccount;
import turgus.application.account.port.out.ProfilePictureStore;
import turgus.application.account.port.out.SessionRepository;
import turgus.application.account.port.out.UserAdministrationRepository;
import turgus.application.account.port.out.UserOverview;
import turgus.application.audit.port.out.AuditEvent;
import turgus.application.audit.port.out.AuditEventType;
import turgus.application.audit.port.out.AuditLog;
import turgus.application.ledger.port.out.WalletRepository;
import turgus.application.mail.port.out.MailMessage;
import turgus.application.mail.port.out.Mailer;
import turgus.application.order.port.out.OrderRepository;
import turgus.application.shared.NotFoundException;
import turgus.application.shared.Page;
import turgus.application.shared.PageRequest;
import turgus.application.shared.Transactions;
import turgus.domain.account.Block;
import turgus.domain.account.BlockCategory;
import turgus.domain.account.Role;
import turgus.domain.account.UserId;
import turgus.domain.account.admin.AccountAction;
import turgus.domain.account.admin.AdminGuard;
import turgus.domain.shared.FieldError;
import turgus.domain.shared.FieldRule;
import turgus.domain.shared.InvalidValueException;
import turgus.domain.shared.Refusal;

/**
 * The admins' user back office. Every change runs in one unit of work with its event; a change that
 * could take an admin away first locks every admin's row (in id order) and then the account, and
 * checks {@link AdminGuard} on what it read under those locks, so that two admins demoting each other
 * at once never leave the shop without one: the second waits for the first and sees its change.
 */
@Singleton
public final class UserAdministrationService
        implements BrowseUsersQuery,
                AdministerUserUseCase,
                BulkUserActionUseCase,
                PurgeInactiveUsersUseCase,
                LiftEndedBlocksUseCase {
    /** How many ended blocks one run of the job lifts; the next run takes the rest. */
    static final int LIFT_BATCH = 500;

    private final UserAdministrationRepository users;
    private final AccountBlocks blocks;
    private final SessionRepository sessions;
    private final LoginAttemptsRepository attempts;
    private final OrderRepository orders;
    private final WalletRepository wallets;
    private final ProfilePictureStore pictures;
    private final Mailer mailer;
    private final Transactions transactions;
    private final AuditLog audit;
    private final AccountSettings settings;
    private final Clock clock;

    public UserAdministrationService(
            UserAdministrationRepository users,
            AccountBlocks blocks,
            SessionRepository sessions,
            LoginAttemptsRepository attempts,
            OrderRepository orders,
            WalletRepository wallets,
            ProfilePictureStore pictures,
            Mailer mailer,
            Transactions transactions,
            AuditLog audit,
            AccountSettings settings,
            Clock clock) {
        this.users = Objects.requireNonNull(users, "users");
        this.blocks = Objects.requireNonNull(blocks, "blocks");
        this.sessions = Objects.requireNonNull(sessions, "sessions");
        this.attempts = Objects.requireNonNull(attempts, "attempts");
        this.orders = Objects.requireNonNull(orders, "orders");
        this.wallets = Objects.requireNonNull(wallets, "wallets");
        this.pictures = Objects.requireNonNull(pictures, "pictures");
        this.mailer = Objects.requireNonNull(mailer, "mailer");
        this.transactions = Objects.requireNonNull(transactions, "transactions");
        this.audit = Objects.requireNonNull(audit, "audit");
        this.settings = Objects.requireNonNull(settings, "settings");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    // --- reading ---------------------------------------------------------------------------

    @Override
    public Page<UserOverview> browse(UserSearch search, PageRequest page) {
        UserSearch asked = search;
        if (search.text() != null) {
            // A whole number typed as dialled at home (8 (912) …) is found as the shop stores it (+7912…).
            String number = settings.phoneFormat().normalise(search.text());
            if (settings.phoneFormat().pattern().matcher(number).matches()) {
                asked = search.dialling(number);
            }
        }
        return users.search(asked, clock.instant(), page);
    }

    @Override
    public UserDetail show(UserId id) {
        UserOverview user = users.find(id, clock.instant()).orElseThrow(() -> notFound(id));
        return new UserDetail(
                user,
                sessions.listActive(id),
                orders.findByCustomer(id, new PageRequest(0, UserDetail.RECENT_ORDERS))
                        .items(),
                wallets.entries(id, new PageRequest(0, UserDetail.LEDGER_LINES)).items(),
                users.recentEvents(id, UserDetail.RECENT_EVENTS));
    }

    // --- one account -----------------------------------------------------------------------

    @Override
    public UserDetail block(AdminActor actor, UserId id, Instant until, String reason, BlockCategory category) {
        Block block = Block.of(until, reason, category, clock.instant());
        transactions.run(() -> blockNow(actor, id, block));
        return show(id);
    }

    @Override
    public UserDetail unblock(AdminActor actor, UserId id) {
        transactions.run(() -> unblockNow(actor, id));
        return show(id);
    }

    @Override
    public UserDetail activate(AdminActor actor, UserId id) {
        transactions.run(() -> activateNow(actor, id));
        return show(id);
    }

    @Override
    public UserDetail deactivate(AdminActor actor, UserId id) {
        transactions.run(() -> deactivateNow(actor, id));
        return show(id);
    }

    @Override
    public UserDetail unlock(AdminActor actor, UserId id) {
        transactions.run(() -> {
            ManagedAccount account = guarded(actor, id, AccountAction.UNLOCK, null);
            Instant now = clock.instant();
            String lockedUntil = attempts.find(LoginKey.of(account.id()))
                    .lockedUntilAt(now)
                    .map(Instant::toString)
                    .orElse("none");
            attempts.clear(LoginKey.of(account.id()));
            record(actor, id, AuditEventType.USER_UNLOCKED, "lockedUntil=" + lockedUntil);
        });
        return show(id);
    }

    @Override
    public UserDetail changeRoles(AdminActor actor, UserId id, List<String> roles) {
        Set<Role> wanted = parseRoles(roles);
        transactions.run(() -> {
            ManagedAccount account = guarded(actor, id, AccountAction.CHANGE_ROLES, wanted);
            users.replaceRoles(id, wanted);
            // Access tokens carry the roles: the account signs in again to hold the new ones.
            int ended = wanted.equals(account.roles()) ? 0 : endSessions(id);
            record(
                    actor,
                    id,
                    AuditEventType.USER_ROLES_CHANGED,
                    "before=" + names(account.roles()) + " after=" + names(wanted) + " sessionsEnded=" + ended);
        });
        return show(id);
    }

    @Override
    public void delete(AdminActor actor, UserId id) {
        String picture = transactions.inTransaction(() -> deleteNow(actor, id, "by=admin"));
        dropPicture(picture);
    }

    @Override
    public void sendTestMail(AdminActor actor, UserId id) {
        transactions.run(() -> sendTestMailNow(actor, id));
    }

    // --- many accounts ---------------------------------------------------------------------

    @Override
    public BulkOutcome apply(AdminActor actor, BulkCommand command) {
        Block block = command.action() == AccountAction.BLOCK
                ? Block.of(command.until(), command.reason(), command.category(), clock.instant())
                : null;
        List<Long> succeeded = new ArrayList<>();
        List<BulkOutcome.Failure> failed = new ArrayList<>();
        for (long raw : command.distinctIds()) {
            try {
                if (raw < 1) {
                    throw NotFoundException.of(NotFoundException.Resource.USER, raw);
                }
                UserId id = UserId.of(raw);
                String picture = transactions.inTransaction(() -> applyOne(actor, id, command.action(), block));
                dropPicture(picture);
                succeeded.add(raw);
            } catch (Refusal refusal) {
                failed.add(new BulkOutcome.Failure(raw, refusal));
            }
        }
        return new BulkOutcome(succeeded, failed);
    }

    /** One account of a bulk action, in the caller's unit of work; answers a picture to drop, or null. */
    private String applyOne(AdminActor actor, UserId id, AccountAction action, Block block) {
        switch (action) {
            case BLOCK -> blockNow(actor, id, block);
            case UNBLOCK -> unblockNow(actor, id);
            case ACTIVATE -> activateNow(actor, id);
            case DEACTIVATE -> deactivateNow(actor, id);
            case DELETE -> {
                return deleteNow(actor, id, "by=admin bulk=true");
            }
            case SEND_TEST_EMAIL -> sendTestMailNow(actor, id);
            default -> throw new IllegalArgumentException("Not a bulk action: " + action);
        }
        return null;
    }

    @Override
    public long countInactive(int inactiveDays) {
        return users.countInactive(cutoff(inactiveDays));
    }

    @Override
    public int purgeInactive(AdminActor actor, int inactiveDays) {
        Instant cutoff = cutoff(inactiveDays);
        int deleted = 0;
        for (UserId id : users.findInactive(cutoff)) {
            try {
                String picture =
                        transactions.inTransaction(() -> deleteNow(actor, id, "by=purge inactiveDays=" + inactiveDays));
                dropPicture(picture);
                deleted++;
            } catch (Refusal refusal) {
                // Changed meanwhile (signed in, activated, made an admin, deleted): it stays.
            }
        }
        return deleted;
    }

    @Override
    public int liftEndedBlocks() {
        Instant now = clock.instant();
        int lifted = 0;
        for (UserId id : blocks.findEnded(now, LIFT_BATCH)) {
            boolean done = transactions.inTransaction(() -> {
                if (!blocks.liftEnded(id, now)) {
                    return false;
                }
                audit.record(new AuditEvent(now, AuditEventType.BLOCK_EXPIRED, null, id, null, "by=job"));
                return true;
            });
            if (done) {
                lifted++;
            }
        }
        return lifted;
    }

    // --- the changes, inside a unit of work ------------------------------------------------

    private void blockNow(AdminActor actor, UserId id, Block block) {
        guarded(actor, id, AccountAction.BLOCK, null);
        users.block(id, block);
        int ended = endSessions(id);
        record(
                actor,
                id,
                AuditEventType.USER_BLOCKED,
                "until=" + block.end().map(Instant::toString).orElse("forever") + " category=" + block.category()
                        + " sessionsEnded=" + ended + " reason=" + block.reason());
    }

    private void unblockNow(AdminActor actor, UserId id) {
        ManagedAccount account = guarded(actor, id, AccountAction.UNBLOCK, null);
        users.activate(id);
        attempts.clear(LoginKey.of(id));
        record(
                actor,
                id,
                AuditEventType.USER_UNBLOCKED,
                "before=" + account.status() + " after=ACTIVE lockoutCleared=true");
    }

    private void activateNow(AdminActor actor, UserId id) {
        ManagedAccount account = guarded(actor, id, AccountAction.ACTIVATE, null);
        users.activate(id);
        record(actor, id, AuditEventType.USER_ACTIVATED, "before=" + account.status() + " after=ACTIVE");
    }

    private void deactivateNow(AdminActor actor, UserId id) {
        ManagedAccount account = guarded(actor, id, AccountAction.DEACTIVATE, null);
        users.deactivate(id, clock.instant());
        int ended = endSessions(id);
        record(
                actor,
                id,
                AuditEventType.USER_DEACTIVATED,
                "before=" + account.status() + " after=DEACTIVATED sessionsEnded=" + ended);
    }

    /** Answers the picture to delete once the unit of work has committed, or null. */
    private String deleteNow(AdminActor actor, UserId id, String how) {
        ManagedAccount account = guarded(actor, id, AccountAction.DELETE, null);
        int ended = endSessions(id);
        users.anonymise(id, clock.instant());
        record(
                actor,
                id,
                AuditEventType.USER_DELETED,
                how + " roles=" + names(account.roles()) + " sessionsEnded=" + ended);
        return account.pictureName();
    }

    private void sendTestMailNow(AdminActor actor, UserId id) {
        ManagedAccount account = guarded(actor, id, AccountAction.SEND_TEST_EMAIL, null);
        mailer.send(new MailMessage(
                account.email(),
                "Turgus test mail",
                "Hello " + account.fullName() + ",\n\n"
                        + "this is a test mail from the Turgus shop, sent by an admin to check that mail"
                        + " reaches you. There is nothing you need to do.\n"));
        record(actor, id, AuditEventType.TEST_MAIL_SENT, "to=" + account.email());
    }

    /**
     * Locks what the change needs and checks the guards on it: for a change that could take an admin
     * away, every admin's row first, then the account's.
     */
    private ManagedAccount guarded(AdminActor actor, UserId id, AccountAction action, Set<Role> newRoles) {
        boolean mayTakeAdminAway = action.shutsOut() || action == AccountAction.CHANGE_ROLES;
        long otherActiveAdmins = mayTakeAdminAway ? users.lockAdmins(id) : 0;
        ManagedAccount account = users.lockForChange(id).orElseThrow(() -> notFound(id));
        AdminGuard.Verdict verdict = AdminGuard.check(
                actor.id(), id, action, account.roles(), account.status(), newRoles, otherActiveAdmins);
        switch (verdict) {
            case OWN_ACCOUNT -> throw UserAdministrationRefusal.ownAccount();
            case LAST_ADMIN -> throw UserAdministrationRefusal.lastAdmin();
            case ALLOWED -> {
                // Go on.
            }
        }
        return account;
    }

    private int endSessions(UserId id) {
        return sessions.revokeAll(id, Optional.empty(), clock.instant()).size();
    }

    private void record(AdminActor actor, UserId subject, AuditEventType type, String details) {
        audit.record(new AuditEvent(clock.instant(), type, actor.id(), subject, actor.ip(), details));
    }

    private void dropPicture(String picture) {
        if (picture != null) {
            try {
                pictures.delete(picture);
            } catch (RuntimeException ignored) {
                // The account no longer names it; a file left behind is harmless and shown to nobody.
            }
        }
    }

    private Instant cutoff(int inactiveDays) {
        if (inactiveDays < MIN_DAYS || inactiveDays > MAX_DAYS) {
            throw new InvalidValueException("inactiveDays", FieldRule.OUT_OF_RANGE, "min", MIN_DAYS, "max", MAX_DAYS);
        }
        return clock.instant().minus(Duration.ofDays(inactiveDays));
    }

    /** At least one role, each named once, each a role the shop has. */
    static Set<Role> parseRoles(List<String> roles) {
        if (roles == null || roles.isEmpty()) {
            throw new InvalidValueException("roles", FieldRule.EMPTY);
        }
        Set<Role> parsed = EnumSet.noneOf(Role.class);
        List<FieldError> errors = new ArrayList<>();
        for (String role : roles) {
            Role known = role == null ? null : roleNamed(role);
            if (known == null) {
                errors.add(FieldError.of("roles", FieldRule.NOT_ONE_OF, "allowed", "CUSTOMER, ADMIN"));
            } else if (!parsed.add(known)) {
                errors.add(FieldError.of("roles", FieldRule.REPEATED, "value", known.name()));
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidValueException(errors);
        }
        return parsed;
    }

    private static Role roleNamed(String name) {
        try {
            return Role.valueOf(name);
        } catch (IllegalArgumentException unknown) {
            return null;
        }
    }

    private static String names(Set<Role> roles) {
        return roles.stream().sorted().map(Role::name).collect(Collectors.joining(","));
    }

    private static NotFoundException notFound(UserId id) {
        return NotFoundException.of(NotFoundException.Resource.USER, id.value());
    }
}
