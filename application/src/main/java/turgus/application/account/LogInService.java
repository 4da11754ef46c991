package turgus.application.account;

import java.time.Clock;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import turgus.application.account.port.in.AccountDisabledException;
import turgus.application.account.port.in.InvalidCredentialsException;
import turgus.application.account.port.in.LogInCommand;
import turgus.application.account.port.in.LogInUseCase;
import turgus.application.account.port.in.SignedIn;
import turgus.application.account.port.out.AccountRepository;
import turgus.application.account.port.out.PasswordHasher;
import turgus.application.account.port.out.SessionRepository;
import turgus.application.security.TokenHash;
import turgus.application.security.port.out.RandomSecrets;
import turgus.application.shared.Transactions;
import turgus.domain.account.Account;
import turgus.domain.account.Email;
import turgus.domain.account.PhoneNumber;
import turgus.domain.shared.InvalidValueException;

/**
 * Signs people in. An unknown name and a wrong password get the same answer after the same work,
 * so that nobody can learn from a login whether an account exists. Whether an account is blocked
 * is only told to someone who knows its password.
 */
public final class LogInService implements LogInUseCase {
    static final int REFRESH_TOKEN_BYTES = 32;

    private final AccountRepository accounts;
    private final SessionRepository sessions;
    private final PasswordHasher hasher;
    private final RandomSecrets random;
    private final Transactions transactions;
    private final Clock clock;

    public LogInService(
            AccountRepository accounts,
            SessionRepository sessions,
            PasswordHasher hasher,
            RandomSecrets random,
            Transactions transactions,
            Clock clock) {
        this.accounts = Objects.requireNonNull(accounts, "accounts");
        this.sessions = Objects.requireNonNull(sessions, "sessions");
        this.hasher = Objects.requireNonNull(hasher, "hasher");
        this.random = Objects.requireNonNull(random, "random");
        this.transactions = Objects.requireNonNull(transactions, "transactions");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public SignedIn logIn(LogInCommand command) {
        Optional<Account> found = findByUsername(command.username());
        if (found.isEmpty()) {
            hasher.spendComparableTime(command.password());
            throw new InvalidCredentialsException();
        }
        Account account = found.get();
        if (!hasher.matches(command.password(), account.passwordHash())) {
            throw new InvalidCredentialsException();
        }
        if (!account.maySignIn()) {
            throw new AccountDisabledException(account.status());
        }
        String refreshToken = random.token(REFRESH_TOKEN_BYTES);
        Instant now = clock.instant();
        String sessionId = transactions.inTransaction(() -> {
            String opened =
                    sessions.open(account.id(), TokenHash.of(refreshToken), command.userAgent(), command.ip(), now);
            accounts.recordLogin(account.id(), now);
            return opened;
        });
        return new SignedIn(account.id(), account.email(), account.roles(), sessionId, refreshToken);
    }

    /** The account named by an email or a phone number; a name that is neither finds nothing. */
    private Optional<Account> findByUsername(String username) {
        try {
            if (Email.looksLikeEmail(username)) {
                return accounts.findByEmail(Email.of(username));
            }
            String phone = PhoneNumber.normalise(username);
            return phone.isEmpty() ? Optional.empty() : accounts.findByPhone(new PhoneNumber(phone));
        } catch (InvalidValueException | IllegalArgumentException notAName) {
            return Optional.empty();
        }
    }
}
