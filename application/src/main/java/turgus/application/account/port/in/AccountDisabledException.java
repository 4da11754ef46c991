package turgus.application.account.port.in;

import java.util.Map;
import turgus.domain.account.AccountStatus;
import turgus.domain.account.Block;
import turgus.domain.shared.Refusal;
import turgus.domain.shared.RefusalReason;

/**
 * The password was right, but the account is blocked ({@code ACCOUNT_BLOCKED}, with the block's
 * {@code category} and, for a block that ends by itself, its {@code until}) or deactivated.
 */
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

    private AccountDisabledException(Map<String, Object> details) {
        super(RefusalReason.ACCOUNT_BLOCKED, details, "This account is blocked. Please contact support.");
        this.status = AccountStatus.BLOCKED;
    }

    /** A blocked account, with what its owner may be told of the block. */
    public static AccountDisabledException blocked(Block block) {
        return new AccountDisabledException(block.end()
                .map(until -> details("category", block.category().name(), "until", until.toString()))
                .orElseGet(() -> details("category", block.category().name())));
    }

    public AccountStatus status() {
        return status;
    }
}
