package turgus.domain.account.admin;

/** What an admin can do to an account. */
public enum AccountAction {
    BLOCK(true),
    UNBLOCK(false),
    ACTIVATE(false),
    DEACTIVATE(true),
    UNLOCK(false),
    CHANGE_ROLES(false),
    DELETE(true),
    SEND_TEST_EMAIL(false);

    private final boolean shutsOut;

    AccountAction(boolean shutsOut) {
        this.shutsOut = shutsOut;
    }

    /** Whether the action stops the account from signing in (so that an admin would stop being one). */
    public boolean shutsOut() {
        return shutsOut;
    }
}
