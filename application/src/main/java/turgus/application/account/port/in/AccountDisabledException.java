package turgus.application.account.port.in;

import turgus.domain.account.AccountStatus;
import turgus.domain.shared.Refusal;
import turgus.domain.shared.RefusalReason;

/** The password was right, but the account is blocked ({@code ACCOUNT_BLOCKED}) or deactivated. */
public class AccountDisabledException extends Refusal {
    private final AccountStatus status;

    public AccountDisabledException(AccountStatus status) {
        super(
                status == AccountStatus.BLOCKED ? RefusalReason.ACCOUNT_BLOCKED : RefusalReason.ACCOUNT_DEACTIVATED,
                status == AccountStatus.BLOCKED
                        ? "This account is blocked. Please contact support."
                        : "This account is deactivated. Please contact support.");
        this.status = status;
    }

    public AccountStatus status() {
        return status;
    }
}
