package turgus.application.account;

import static turgus.application.account.port.in.RevertEmailChangeCommand.TOKEN;

import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import turgus.application.account.port.in.PurgeExpiredEmailRevertsUseCase;
import turgus.application.account.port.in.RevertEmailChangeCommand;
import turgus.application.account.port.in.RevertEmailChangeUseCase;
import turgus.application.account.port.out.AccountRepository;
import turgus.application.account.port.out.LoginAttemptsRepository;
import turgus.application.account.port.out.LoginKey;
import turgus.application.account.port.out.SessionRepository;
import turgus.application.account.port.out.SingleUseTokenStore;
import turgus.application.account.port.out.SingleUseTokenStore.SingleUseToken;
import turgus.application.account.port.out.SingleUseTokenStore.TokenPurpose;
import turgus.application.audit.port.out.AuditEvent;
import turgus.application.audit.port.out.AuditEventType;
import turgus.application.audit.port.out.AuditLog;
import turgus.application.security.TokenHash;
import turgus.application.shared.DuplicateValueException;
import turgus.application.shared.Transactions;
import turgus.domain.account.Account;
import turgus.domain.account.Email;
import turgus.domain.shared.FieldRule;
import turgus.domain.shared.InvalidValueException;

/**
 * Undoes an email change with the link mailed to the previous address ({@link ProfileService} stores
 * it). Whoever changed the email may hold a session and the new mailbox, where reset links now go;
 * so besides restoring the email, the undo ends every session, makes the account's outstanding reset
 * links and its other undo links unusable, and clears the lockout, all in one unit of work. The token
 * is used by a conditional update, so two racing uses cannot both succeed. Nobody is signed in.
 *
 * <p>When another account has taken the previous email meanwhile, nothing changes and the link stays
 * usable: the unique constraint refuses the email inside the unit of work, which rolls the use of the
 * token back too.
 */
@Singleton
public final class EmailRevertService implements RevertEmailChangeUseCase, PurgeExpiredEmailRevertsUseCase {
    static final String PREVIOUS_EMAIL_TAKEN =
            "Another account has your previous email by now, so it cannot be restored. Please contact us.";

    private final AccountRepository accounts;
    private final SingleUseTokenStore tokens;
    private final SessionRepository sessions;
    private final LoginAttemptsRepository attempts;
    private final Transactions transactions;
    private final AuditLog audit;
    private final Clock clock;

    public EmailRevertService(
            AccountRepository accounts,
            SingleUseTokenStore tokens,
            SessionRepository sessions,
            LoginAttemptsRepository attempts,
            Transactions transactions,
            AuditLog audit,
            Clock clock) {
        this.accounts = Objects.requireNonNull(accounts, "accounts");
        this.tokens = Objects.requireNonNull(tokens, "tokens");
        this.sessions = Objects.requireNonNull(sessions, "sessions");
        this.attempts = Objects.requireNonNull(attempts, "attempts");
        this.transactions = Objects.requireNonNull(transactions, "transactions");
        this.audit = Objects.requireNonNull(audit, "audit");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public void revertEmailChange(RevertEmailChangeCommand command) {
        Instant now = clock.instant();
        if (command.token().isEmpty()) {
            throw invalidLink();
        }
        String tokenHash = TokenHash.of(command.token());
        SingleUseToken link = tokens.findUsable(TokenPurpose.EMAIL_REVERT, tokenHash, now)
                .orElseThrow(EmailRevertService::invalidLink);
        Email previous = link.previousEmail();
        Account before = accounts.findById(link.userId()).orElseThrow(EmailRevertService::invalidLink);
        // Checked first for a plain answer; the unique constraint decides when two changes race.
        if (accounts.findByEmail(previous)
                .filter(other -> !other.id().equals(before.id()))
                .isPresent()) {
            throw previousEmailTaken();
        }
        Reverted reverted = transactions.inTransaction(() -> {
            if (!tokens.use(TokenPurpose.EMAIL_REVERT, tokenHash, now)) {
                throw invalidLink();
            }
            Account current = accounts.findById(before.id()).orElseThrow(EmailRevertService::invalidLink);
            try {
                accounts.updateProfile(current.id(), current.fullName(), previous, current.phone())
                        .orElseThrow(EmailRevertService::invalidLink);
            } catch (DuplicateValueException taken) {
                throw "email".equals(taken.field()) ? previousEmailTaken() : taken;
            }
            tokens.invalidateAll(TokenPurpose.PASSWORD_RESET, current.id(), now);
            tokens.invalidateAll(TokenPurpose.EMAIL_REVERT, current.id(), now);
            attempts.clear(LoginKey.of(current.id()));
            int signedOut =
                    sessions.revokeAll(current.id(), Optional.empty(), now).size();
            return new Reverted(current.email(), signedOut);
        });
        audit.record(new AuditEvent(
                now,
                AuditEventType.EMAIL_CHANGE_REVERTED,
                null,
                before.id(),
                command.ip(),
                "from " + reverted.left().value() + " back to " + previous.value() + "; " + reverted.signedOut()
                        + " session(s) signed out, reset and undo links cancelled, lockout cleared"));
    }

    @Override
    public int purgeExpiredEmailReverts() {
        return tokens.deleteExpired(TokenPurpose.EMAIL_REVERT, clock.instant());
    }

    /** The email the undo left, and how many sessions it ended. */
    private record Reverted(Email left, int signedOut) {}

    private static InvalidValueException invalidLink() {
        return InvalidValueException.wholeStory(TOKEN, FieldRule.UNDO_LINK_INVALID);
    }

    private static DuplicateValueException previousEmailTaken() {
        return DuplicateValueException.previousEmail(PREVIOUS_EMAIL_TAKEN);
    }
}
