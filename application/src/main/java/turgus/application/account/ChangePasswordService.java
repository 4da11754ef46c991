package turgus.application.account;

import static turgus.application.account.port.in.ChangePasswordCommand.NEW_PASSWORD;
import static turgus.application.account.port.in.ChangePasswordCommand.NEW_PASSWORD_CONFIRMATION;
import static turgus.application.account.port.in.ChangePasswordCommand.OLD_PASSWORD;

import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import turgus.application.account.port.in.ChangePasswordCommand;
import turgus.application.account.port.in.ChangePasswordUseCase;
import turgus.application.account.port.out.AccountRepository;
import turgus.application.account.port.out.PasswordHasher;
import turgus.application.account.port.out.SessionRepository;
import turgus.application.audit.port.out.AuditEvent;
import turgus.application.audit.port.out.AuditEventType;
import turgus.application.audit.port.out.AuditLog;
import turgus.application.shared.NotFoundException;
import turgus.application.shared.Transactions;
import turgus.domain.account.Account;
import turgus.domain.account.password.PasswordPolicy;
import turgus.domain.shared.FieldRule;
import turgus.domain.shared.FieldValidation;

/**
 * Changes a signed-in person's password. The form is answered as a whole: a wrong old password, every
 * rule the new one breaks and a differing confirmation are reported together. Once changed, every
 * other session of the account ends; the one that asked stays; and the account's address is told,
 * so that a change made through a misused session does not go unnoticed.
 */
@Singleton
public final class ChangePasswordService implements ChangePasswordUseCase {

    private final AccountRepository accounts;
    private final SessionRepository sessions;
    private final PasswordHasher hasher;
    private final PasswordPolicy policy;
    private final AccountNotices notices;
    private final Transactions transactions;
    private final AuditLog audit;
    private final Clock clock;

    public ChangePasswordService(
            AccountRepository accounts,
            SessionRepository sessions,
            PasswordHasher hasher,
            PasswordPolicy policy,
            AccountNotices notices,
            Transactions transactions,
            AuditLog audit,
            Clock clock) {
        this.accounts = Objects.requireNonNull(accounts, "accounts");
        this.sessions = Objects.requireNonNull(sessions, "sessions");
        this.hasher = Objects.requireNonNull(hasher, "hasher");
        this.policy = Objects.requireNonNull(policy, "policy");
        this.notices = Objects.requireNonNull(notices, "notices");
        this.transactions = Objects.requireNonNull(transactions, "transactions");
        this.audit = Objects.requireNonNull(audit, "audit");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public void changePassword(ChangePasswordCommand command) {
        Account account = accounts.findById(command.userId())
                .orElseThrow(() -> NotFoundException.of(NotFoundException.Resource.ACCOUNT));
        FieldValidation validation = new FieldValidation();
        if (command.oldPassword().isEmpty()) {
            validation.reject(OLD_PASSWORD, FieldRule.REQUIRED);
        } else if (!hasher.matches(command.oldPassword(), account.passwordHash())) {
            validation.reject(OLD_PASSWORD, FieldRule.PASSWORD_MISMATCH);
        } else if (command.oldPassword().equals(command.newPassword())) {
            validation.reject(NEW_PASSWORD, FieldRule.PASSWORD_UNCHANGED);
        }
        policy.check(command.newPassword(), NEW_PASSWORD, command.newPasswordConfirmation(), NEW_PASSWORD_CONFIRMATION)
                .reportTo(validation);
        validation.throwIfInvalid();

        String newHash = hasher.hash(command.newPassword());
        Instant now = clock.instant();
        int signedOut = transactions.inTransaction(() -> {
            if (!accounts.changePassword(account.id(), newHash)) {
                throw NotFoundException.of(NotFoundException.Resource.ACCOUNT);
            }
            Optional<String> keep = Optional.of(command.currentSessionId()).filter(id -> !id.isEmpty());
            return sessions.revokeAll(account.id(), keep, now).size();
        });
        String notice = notices.passwordChanged(account, now);
        audit.record(AuditEvent.bySelf(
                now,
                AuditEventType.PASSWORD_CHANGED,
                account.id(),
                command.ip(),
                signedOut + " other session(s) signed out; " + notice));
    }
}
