package turgus.application.account;

import static turgus.application.account.port.in.ResetPasswordCommand.NEW_PASSWORD;
import static turgus.application.account.port.in.ResetPasswordCommand.NEW_PASSWORD_CONFIRMATION;
import static turgus.application.account.port.in.ResetPasswordCommand.TOKEN;

import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import turgus.application.account.port.in.PurgeExpiredPasswordResetsUseCase;
import turgus.application.account.port.in.RequestPasswordResetCommand;
import turgus.application.account.port.in.RequestPasswordResetUseCase;
import turgus.application.account.port.in.ResetPasswordCommand;
import turgus.application.account.port.in.ResetPasswordUseCase;
import turgus.application.account.port.out.AccountRepository;
import turgus.application.account.port.out.LoginAttemptsRepository;
import turgus.application.account.port.out.LoginKey;
import turgus.application.account.port.out.PasswordHasher;
import turgus.application.account.port.out.SessionRepository;
import turgus.application.account.port.out.SingleUseTokenStore;
import turgus.application.account.port.out.SingleUseTokenStore.SingleUseToken;
import turgus.application.account.port.out.SingleUseTokenStore.TokenPurpose;
import turgus.application.audit.port.out.AuditEvent;
import turgus.application.audit.port.out.AuditEventType;
import turgus.application.audit.port.out.AuditLog;
import turgus.application.mail.port.out.MailMessage;
import turgus.application.mail.port.out.Mailer;
import turgus.application.security.TokenHash;
import turgus.application.security.port.out.RandomSecrets;
import turgus.application.shared.ShopAddress;
import turgus.application.shared.Transactions;
import turgus.domain.account.Account;
import turgus.domain.account.UserId;
import turgus.domain.account.password.PasswordPolicy;
import turgus.domain.shared.FieldRule;
import turgus.domain.shared.FieldValidation;
import turgus.domain.shared.InvalidValueException;

/**
 * Forgotten passwords. A request draws a random token (32 bytes), stores only its SHA-256 hash with an
 * expiry, and queues a mail with a link carrying the token, in one unit of work; for an email that has
 * no account the same token work is done and nothing is stored or sent, so the caller cannot tell the
 * two apart (no mail server is waited for in either case). A newer link
 * replaces older unused ones.
 *
 * <p>A reset uses the token once (a conditional update, so two racing uses cannot both succeed),
 * sets the new password, clears the lockout and ends every session of the account, all in one unit of
 * work. It signs nobody in. Then the account's address is told that the password was changed.
 */
@Singleton
public final class PasswordResetService
        implements RequestPasswordResetUseCase, ResetPasswordUseCase, PurgeExpiredPasswordResetsUseCase {
    static final int TOKEN_BYTES = 32;

    private final AccountRepository accounts;
    private final SingleUseTokenStore resets;
    private final SessionRepository sessions;
    private final LoginAttemptsRepository attempts;
    private final PasswordHasher hasher;
    private final PasswordPolicy policy;
    private final RandomSecrets random;
    private final Mailer mailer;
    private final AccountNotices notices;
    private final Transactions transactions;
    private final AuditLog audit;
    private final AccountSettings settings;
    private final PublicLinks links;
    private final Clock clock;

    /** @param address where the shop is reached from outside; reset links start with it */
    public PasswordResetService(
            AccountRepository accounts,
            SingleUseTokenStore resets,
            SessionRepository sessions,
            LoginAttemptsRepository attempts,
            PasswordHasher hasher,
            PasswordPolicy policy,
            RandomSecrets random,
            Mailer mailer,
            AccountNotices notices,
            Transactions transactions,
            AuditLog audit,
            AccountSettings settings,
            ShopAddress address,
            Clock clock) {
        this.accounts = Objects.requireNonNull(accounts, "accounts");
        this.resets = Objects.requireNonNull(resets, "resets");
        this.sessions = Objects.requireNonNull(sessions, "sessions");
        this.attempts = Objects.requireNonNull(attempts, "attempts");
        this.hasher = Objects.requireNonNull(hasher, "hasher");
        this.policy = Objects.requireNonNull(policy, "policy");
        this.random = Objects.requireNonNull(random, "random");
        this.mailer = Objects.requireNonNull(mailer, "mailer");
        this.notices = Objects.requireNonNull(notices, "notices");
        this.transactions = Objects.requireNonNull(transactions, "transactions");
        this.audit = Objects.requireNonNull(audit, "audit");
        this.settings = Objects.requireNonNull(settings, "settings");
        this.links = new PublicLinks(address);
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public void requestReset(RequestPasswordResetCommand command) {
        Instant now = clock.instant();
        String token = random.token(TOKEN_BYTES);
        String tokenHash = TokenHash.of(token);
        Optional<Account> found = accounts.findByEmail(command.email());
        if (found.isEmpty()) {
            audit.record(new AuditEvent(
                    now, AuditEventType.PASSWORD_RESET_REQUESTED, null, null, command.ip(), "no account, no mail"));
            return;
        }
        Account account = found.get();
        Instant expiresAt = now.plus(settings.passwordResetValidity());
        // The link and its mail commit together; the mail is only queued, so this answer takes no
        // longer than the one for an unknown email by a mail server's round trip.
        transactions.run(() -> {
            resets.invalidateAll(TokenPurpose.PASSWORD_RESET, account.id(), now);
            resets.store(SingleUseToken.passwordReset(tokenHash, account.id(), now, expiresAt));
            mailer.send(
                    new MailMessage(account.email().value(), "Reset your Turgus password", mailBody(account, token)));
        });
        audit.record(new AuditEvent(
                now, AuditEventType.PASSWORD_RESET_REQUESTED, null, account.id(), command.ip(), "link mailed"));
    }

    @Override
    public void resetPassword(ResetPasswordCommand command) {
        Instant now = clock.instant();
        FieldValidation validation = new FieldValidation();
        Optional<UserId> owner = Optional.empty();
        if (command.token().isEmpty()) {
            validation.reject(TOKEN, FieldRule.REQUIRED);
        } else {
            owner = resets.findUsable(TokenPurpose.PASSWORD_RESET, TokenHash.of(command.token()), now)
                    .map(SingleUseToken::userId);
            if (owner.isEmpty()) {
                validation.reject(TOKEN, FieldRule.RESET_LINK_INVALID);
            }
        }
        policy.check(command.newPassword(), NEW_PASSWORD, command.newPasswordConfirmation(), NEW_PASSWORD_CONFIRMATION)
                .reportTo(validation);
        validation.throwIfInvalid();

        UserId userId = owner.orElseThrow();
        String newHash = hasher.hash(command.newPassword());
        int signedOut = transactions.inTransaction(() -> {
            if (!resets.use(TokenPurpose.PASSWORD_RESET, TokenHash.of(command.token()), now)
                    || !accounts.changePassword(userId, newHash)) {
                throw new InvalidValueException(TOKEN, FieldRule.RESET_LINK_INVALID);
            }
            attempts.clear(LoginKey.of(userId));
            return sessions.revokeAll(userId, Optional.empty(), now).size();
        });
        String notice = accounts.findById(userId)
                .map(a -> notices.passwordReset(a, now))
                .orElse("no account to notify");
        audit.record(new AuditEvent(
                now,
                AuditEventType.PASSWORD_RESET,
                null,
                userId,
                command.ip(),
                "lockout cleared, " + signedOut + " session(s) signed out; " + notice));
    }

    @Override
    public int purgeExpiredResets() {
        return resets.deleteExpired(TokenPurpose.PASSWORD_RESET, clock.instant());
    }

    private String mailBody(Account account, String token) {
        long minutes = settings.passwordResetValidity().toMinutes();
        return "Hello " + account.fullName().value() + ",\n\n"
                + "someone (hopefully you) asked to reset the password of your Turgus account.\n"
                + "Open this link within " + minutes + " minutes to choose a new password:\n\n"
                + links.resetPassword(token) + "\n\n"
                + "The link works once. If you did not ask for it, ignore this mail: your password stays"
                + " as it is.\n";
    }
}
