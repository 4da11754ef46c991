package turgus.application.account.port.in;

import turgus.domain.account.AccountStatus;

/** The password was right, but the account is blocked or deactivated. */
public class AccountDisabledException extends RuntimeException {
    private final AccountStatus status;

    public AccountDisabledException(AccountStatus status) {
        super(
                status == AccountStatus.BLOCKED
                        ? "This account is blocked. Please contact support."
                        : "This account is deactivated. Please contact support.");
        this.status = status;
    }

    public AccountStatus status() {
        return status;
    }
}
