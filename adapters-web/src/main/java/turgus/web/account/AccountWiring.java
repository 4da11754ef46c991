package turgus.web.account;

import io.micronaut.context.annotation.Bean;
import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;
import java.time.Clock;
import turgus.application.account.AccountQueryService;
import turgus.application.account.AdminBootstrapService;
import turgus.application.account.LogInService;
import turgus.application.account.port.in.BootstrapAdminUseCase;
import turgus.application.account.port.in.LogInUseCase;
import turgus.application.account.port.in.ShowAccountQuery;
import turgus.application.account.port.out.AccountRepository;
import turgus.application.account.port.out.PasswordHasher;
import turgus.application.account.port.out.SessionRepository;
import turgus.application.security.port.out.RandomSecrets;
import turgus.application.shared.Transactions;

/** The account use cases, each visible to the rest of the app only through its inbound port. */
@Factory
public class AccountWiring {

    @Singleton
    @Bean(typed = LogInUseCase.class)
    public LogInService logIn(
            AccountRepository accounts,
            SessionRepository sessions,
            PasswordHasher hasher,
            RandomSecrets random,
            Transactions transactions,
            Clock clock) {
        return new LogInService(accounts, sessions, hasher, random, transactions, clock);
    }

    @Singleton
    @Bean(typed = ShowAccountQuery.class)
    public AccountQueryService accountQuery(AccountRepository accounts) {
        return new AccountQueryService(accounts);
    }

    @Singleton
    @Bean(typed = BootstrapAdminUseCase.class)
    public AdminBootstrapService adminBootstrap(
            AccountRepository accounts, PasswordHasher hasher, RandomSecrets random, Clock clock) {
        return new AdminBootstrapService(accounts, hasher, random, clock);
    }
}
