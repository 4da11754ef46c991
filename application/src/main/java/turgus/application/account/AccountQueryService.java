package turgus.application.account;

import jakarta.inject.Singleton;
import java.util.Objects;
import turgus.application.account.port.in.ShowAccountQuery;
import turgus.application.account.port.out.AccountRepository;
import turgus.application.shared.NotFoundException;
import turgus.domain.account.Account;
import turgus.domain.account.UserId;

@Singleton
public final class AccountQueryService implements ShowAccountQuery {
    private final AccountRepository accounts;

    public AccountQueryService(AccountRepository accounts) {
        this.accounts = Objects.requireNonNull(accounts, "accounts");
    }

    @Override
    public Account account(UserId id) {
        return accounts.findById(id).orElseThrow(() -> NotFoundException.of(NotFoundException.Resource.ACCOUNT));
    }
}
