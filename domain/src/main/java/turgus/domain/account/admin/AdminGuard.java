package turgus.domain.account.admin;

import java.util.Objects;
import java.util.Set;
import turgus.domain.account.AccountStatus;
import turgus.domain.account.Role;
import turgus.domain.account.UserId;

/**
 * The two rules that keep the shop administrable. An admin cannot delete, block, deactivate or take
 * {@code ADMIN} from themself ({@link Verdict#OWN_ACCOUNT}); and nobody can delete, block, deactivate
 * or demote the last active admin ({@link Verdict#LAST_ADMIN}). Every other action is allowed. The
 * caller answers how many other active admins there are, read under the same locks as the change, so
 * that the answer still holds when the change is written.
 */
public final class AdminGuard {
    private AdminGuard() {}

    /** The guard's answer. */
    public enum Verdict {
        ALLOWED,
        OWN_ACCOUNT,
        LAST_ADMIN
    }

    /**
     * @param actor who acts
     * @param target whose account
     * @param action what the actor does
     * @param targetRoles the target's roles now
     * @param targetStatus the target's status now
     * @param newRoles for {@link AccountAction#CHANGE_ROLES} the roles asked for; ignored otherwise
     * @param otherActiveAdmins how many active admins there are besides the target
     */
    public static Verdict check(
            UserId actor,
            UserId target,
            AccountAction action,
            Set<Role> targetRoles,
            AccountStatus targetStatus,
            Set<Role> newRoles,
            long otherActiveAdmins) {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(targetRoles, "targetRoles");
        Objects.requireNonNull(targetStatus, "targetStatus");
        boolean isAdmin = targetRoles.contains(Role.ADMIN);
        boolean demotes =
                action == AccountAction.CHANGE_ROLES && isAdmin && (newRoles == null || !newRoles.contains(Role.ADMIN));
        boolean takesAdminAway = action.shutsOut() || demotes;
        if (!takesAdminAway) {
            return Verdict.ALLOWED;
        }
        if (actor.equals(target)) {
            return Verdict.OWN_ACCOUNT;
        }
        boolean activeAdmin = isAdmin && targetStatus == AccountStatus.ACTIVE;
        if (activeAdmin && otherActiveAdmins < 1) {
            return Verdict.LAST_ADMIN;
        }
        return Verdict.ALLOWED;
    }
}
