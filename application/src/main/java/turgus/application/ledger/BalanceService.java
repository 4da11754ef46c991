package turgus.application.ledger;

import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;
import java.util.Objects;
import java.util.OptionalLong;
import turgus.application.account.port.out.AccountRepository;
import turgus.application.audit.port.out.AuditEvent;
import turgus.application.audit.port.out.AuditEventType;
import turgus.application.audit.port.out.AuditLog;
import turgus.application.audit.port.out.EventDetails;
import turgus.application.idempotency.Idempotency;
import turgus.application.idempotency.RequestFingerprint;
import turgus.application.ledger.port.in.AdjustBalanceCommand;
import turgus.application.ledger.port.in.AdjustBalanceUseCase;
import turgus.application.ledger.port.in.BrowseLedgerQuery;
import turgus.application.ledger.port.in.ShowBalanceQuery;
import turgus.application.ledger.port.in.TopUpBalanceUseCase;
import turgus.application.ledger.port.in.TopUpCommand;
import turgus.application.ledger.port.in.TopUpResult;
import turgus.application.ledger.port.out.WalletRepository;
import turgus.application.shared.NotFoundException;
import turgus.application.shared.Page;
import turgus.application.shared.PageRequest;
import turgus.application.shared.Transactions;
import turgus.domain.account.UserId;
import turgus.domain.ledger.Balance;
import turgus.domain.ledger.BalanceMovement;

/**
 * Balances and their ledger: a top-up or an adjustment locks the customer's wallet, computes the
 * movement with the domain's {@link Balance} and records movement and balance in one transaction.
 */
@Singleton
public final class BalanceService
        implements ShowBalanceQuery, BrowseLedgerQuery, TopUpBalanceUseCase, AdjustBalanceUseCase {
    static final String TOP_UP = "TOP_UP";

    private final WalletRepository wallets;
    private final AccountRepository accounts;
    private final Idempotency idempotency;
    private final AuditLog audit;
    private final Transactions transactions;
    private final Clock clock;

    public BalanceService(
            WalletRepository wallets,
            AccountRepository accounts,
            Idempotency idempotency,
            AuditLog audit,
            Transactions transactions,
            Clock clock) {
        this.wallets = Objects.requireNonNull(wallets, "wallets");
        this.accounts = Objects.requireNonNull(accounts, "accounts");
        this.idempotency = Objects.requireNonNull(idempotency, "idempotency");
        this.audit = Objects.requireNonNull(audit, "audit");
        this.transactions = Objects.requireNonNull(transactions, "transactions");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public Balance balanceOf(UserId customer) {
        return wallets.balanceOf(customer);
    }

    @Override
    public Page<LedgerEntry> movements(UserId customer, PageRequest page) {
        return wallets.entries(customer, page);
    }

    @Override
    public TopUpResult topUp(TopUpCommand command) {
        UserId customer = command.customer();
        RequestFingerprint fingerprint = RequestFingerprint.of(command.canonical());
        wallets.open(customer);
        return transactions.inTransaction(() -> {
            Balance balance = wallets.lock(customer);
            OptionalLong earlier = idempotency.earlierResult(customer, command.idempotencyKey(), TOP_UP, fingerprint);
            if (earlier.isPresent()) {
                LedgerEntry first = wallets.findEntry(customer, earlier.getAsLong())
                        .orElseThrow(() -> new IllegalStateException("A remembered top-up is in the ledger"));
                return new TopUpResult(Balance.of(first.movement().balanceAfter()), first);
            }
            BalanceMovement movement = balance.topUp(command.amount(), clock.instant());
            LedgerEntry entry = wallets.record(customer, movement);
            idempotency.remember(customer, command.idempotencyKey(), TOP_UP, fingerprint, entry.id());
            return new TopUpResult(balance.after(movement), entry);
        });
    }

    @Override
    public LedgerEntry adjust(AdjustBalanceCommand command) {
        UserId customer = command.customer();
        if (accounts.findById(customer).isEmpty()) {
            throw NotFoundException.of(NotFoundException.Resource.USER, customer.value());
        }
        wallets.open(customer);
        return transactions.inTransaction(() -> {
            Balance balance = wallets.lock(customer);
            Instant now = clock.instant();
            BalanceMovement movement = balance.adjust(command.amount(), command.reason(), now);
            LedgerEntry entry = wallets.record(customer, movement);
            audit.record(new AuditEvent(
                    now,
                    AuditEventType.BALANCE_ADJUSTED,
                    command.admin(),
                    customer,
                    null,
                    EventDetails.of("amount", command.amount())
                            .and("balanceAfter", entry.movement().balanceAfter())
                            .and("reason", command.reason())
                            .toString()));
            return entry;
        });
    }
}
