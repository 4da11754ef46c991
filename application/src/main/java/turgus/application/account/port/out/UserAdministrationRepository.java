package turgus.application.account.port.out;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import turgus.application.account.port.in.UserSearch;
import turgus.application.audit.port.out.LoggedEvent;
import turgus.application.shared.Page;
import turgus.application.shared.PageRequest;
import turgus.domain.account.Block;
import turgus.domain.account.Role;
import turgus.domain.account.UserId;

/**
 * Accounts as admins see and change them. Deleted (anonymised) accounts are never found. Every change
 * that the admin guards protect runs in one unit of work that first {@linkplain #lockAdmins locks the
 * admins}, then {@linkplain #lockForChange the account}: always in this order, so that two admins
 * acting at once wait for each other instead of deadlocking, and the second sees what the first did.
 */
public interface UserAdministrationRepository {
    /**
     * A page of the accounts that match, each with its balance, completed orders, total spent and the
     * lockout in force at {@code now}, all added up by the database.
     */
    Page<UserOverview> search(UserSearch search, Instant now, PageRequest page);

    /** One account as the list shows it. */
    Optional<UserOverview> find(UserId id, Instant now);

    /**
     * Locks every admin's account row, in id order, until the unit of work ends, and answers how many
     * active admins there are besides {@code besides}, counted after the locks are held.
     */
    long lockAdmins(UserId besides);

    /** Locks the account's row until the unit of work ends, and answers it. */
    Optional<ManagedAccount> lockForChange(UserId id);

    void block(UserId id, Block block);

    /** Makes the account active: no block, no deactivation. */
    void activate(UserId id);

    void deactivate(UserId id, Instant now);

    void replaceRoles(UserId id, Set<Role> roles);

    /**
     * Anonymises the account: name, email and phone replaced by placeholders, the password unusable,
     * the picture, sessions, cart, pending links and failed logins deleted, its orders' customer name
     * and email replaced too. Its orders and ledger stay and keep pointing at it.
     */
    void anonymise(UserId id, Instant now);

    /**
     * How many accounts are inactive at the cut-off: deactivated at or before it, or never signed in
     * and created at or before it. Admins are never counted.
     */
    long countInactive(Instant cutoff);

    /** The inactive accounts at the cut-off (see {@link #countInactive}), in id order. */
    List<UserId> findInactive(Instant cutoff);

    /** The newest events about the account, newest first. */
    List<LoggedEvent> recentEvents(UserId id, int limit);
}
