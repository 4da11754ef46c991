package turgus.application.account.port.in;

import java.time.Instant;
import java.util.List;
import turgus.domain.account.BlockCategory;
import turgus.domain.account.UserId;

/**
 * An admin's changes to one account. Each writes its event in the same unit of work as the change,
 * and answers the account's admin page as it is afterwards. Blocking, deactivating and deleting end
 * every session of the account at once.
 *
 * @throws turgus.application.shared.NotFoundException for an unknown or deleted account
 * @throws UserAdministrationRefusal when an admin acts on their own account, or the change would leave
 *     no active admin
 */
public interface AdministerUserUseCase {
    /** Blocks until {@code until} (null: for good), replacing any block; {@code reason} is for admins. */
    UserDetail block(AdminActor actor, UserId id, Instant until, String reason, BlockCategory category);

    /** Lifts a block and a lockout. */
    UserDetail unblock(AdminActor actor, UserId id);

    /** Makes the account active again: lifts a deactivation (or a block). */
    UserDetail activate(AdminActor actor, UserId id);

    UserDetail deactivate(AdminActor actor, UserId id);

    /** Lifts a lockout after failed logins, leaving the status as it is. */
    UserDetail unlock(AdminActor actor, UserId id);

    /**
     * Replaces the roles: at least one, no duplicates (names as in {@code Role}). A change ends every
     * session of the account, whose access tokens carry the old roles.
     */
    UserDetail changeRoles(AdminActor actor, UserId id, List<String> roles);

    /** Anonymises the account; its orders and ledger stay. */
    void delete(AdminActor actor, UserId id);

    /** Queues a plain test mail to the account's email. */
    void sendTestMail(AdminActor actor, UserId id);
}
