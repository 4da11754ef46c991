package turgus.application.account.port.in;

import java.util.Map;
import turgus.application.shared.ConflictException;
import turgus.domain.shared.RefusalReason;

/** An admin's change that the guards refuse: their own account, or the last active admin. */
public final class UserAdministrationRefusal extends ConflictException {
    private UserAdministrationRefusal(RefusalReason reason, String message) {
        super(reason, Map.of(), message);
    }

    /** {@code CANNOT_CHANGE_OWN_ACCOUNT}. */
    public static UserAdministrationRefusal ownAccount() {
        return new UserAdministrationRefusal(
                RefusalReason.CANNOT_CHANGE_OWN_ACCOUNT,
                "An admin cannot delete, block, deactivate or demote their own account");
    }

    /** {@code LAST_ADMIN}. */
    public static UserAdministrationRefusal lastAdmin() {
        return new UserAdministrationRefusal(
                RefusalReason.LAST_ADMIN, "The change would leave the shop without an active admin");
    }
}
