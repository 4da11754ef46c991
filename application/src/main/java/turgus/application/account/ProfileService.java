package turgus.application.account;

import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import turgus.application.account.port.in.UpdateProfileCommand;
import turgus.application.account.port.in.UpdateProfileUseCase;
import turgus.application.account.port.out.AccountRepository;
import turgus.application.account.port.out.SingleUseTokenStore;
import turgus.application.audit.port.out.AuditEvent;
import turgus.application.audit.port.out.AuditEventType;
import turgus.application.audit.port.out.AuditLog;
import turgus.application.security.port.out.RandomSecrets;
import turgus.application.shared.DuplicateValueException;
import turgus.application.shared.NotFoundException;
import turgus.application.shared.Transactions;
import turgus.domain.account.Account;
import turgus.domain.account.Email;
import turgus.domain.account.FullName;
import turgus.domain.account.PhoneNumber;

/**
 * Changes a person's own name, email and phone, with the same rules as registration. An email or
 * phone that another account has is a conflict naming the field; the database's unique constraints
 * have the last word when two changes race.
 *
 * <p>A new email takes effect at once (the answer is the changed profile). Because the email is
 * where reset links go, a change is also a security event: the previous address is told (so that an
 * owner whose session was misused learns of it where the intruder cannot read) and the event log
 * keeps both addresses. The notice carries a link that undoes the change ({@link EmailRevertService}):
 * its token is stored with the new email in one unit of work, so that no change goes without a way
 * back. The notice itself is queued after that unit of work commits: a notice never fails a change.
 */
@Singleton
public final class ProfileService implements UpdateProfileUseCase {
    private final AccountRepository accounts;
    private final EmailRevertTokens revertTokens;
    private final AccountNotices notices;
    private final Transactions transactions;
    private final AuditLog audit;
    private final AccountSettings settings;
    private final Clock clock;

    public ProfileService(
            AccountRepository accounts,
            SingleUseTokenStore reverts,
            RandomSecrets random,
            AccountNotices notices,
            Transactions transactions,
            AuditLog audit,
            AccountSettings settings,
            Clock clock) {
        this.accounts = Objects.requireNonNull(accounts, "accounts");
        this.revertTokens = new EmailRevertTokens(reverts, random);
        this.notices = Objects.requireNonNull(notices, "notices");
        this.transactions = Objects.requireNonNull(transactions, "transactions");
        this.audit = Objects.requireNonNull(audit, "audit");
        this.settings = Objects.requireNonNull(settings, "settings");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public Account updateProfile(UpdateProfileCommand command) {
        UpdateProfileCommand.Changes changes = command.validate(settings.phoneFormat());
        Account account = accounts.findById(command.userId()).orElseThrow(ProfileService::notFound);
        FullName name = changes.fullName().orElse(account.fullName());
        Email email = changes.email().orElse(account.email());
        PhoneNumber phone = changes.phone().orElse(account.phone());
        List<String> changed = new ArrayList<>();
        if (!name.equals(account.fullName())) {
            changed.add("fullName");
        }
        if (!email.equals(account.email())) {
            if (accounts.findByEmail(email).isPresent()) {
                throw DuplicateValueException.email();
            }
            changed.add("email");
        }
        if (!phone.equals(account.phone())) {
            if (accounts.findByPhone(phone).isPresent()) {
                throw DuplicateValueException.phone();
            }
            changed.add("phone");
        }
        if (changed.isEmpty()) {
            return account;
        }
        Instant now = clock.instant();
        boolean emailChanged = changed.contains("email");
        Changed stored = transactions.inTransaction(() -> {
            Account updated =
                    accounts.updateProfile(account.id(), name, email, phone).orElseThrow(ProfileService::notFound);
            String revertToken = emailChanged ? revertTokens.issue(account.id(), account.email(), now) : null;
            return new Changed(updated, revertToken);
        });
        audit.record(AuditEvent.bySelf(
                now,
                AuditEventType.PROFILE_UPDATED,
                account.id(),
                command.ip(),
                "changed " + String.join(", ", changed)));
        if (emailChanged) {
            String notice = notices.emailChanged(account, email, stored.revertToken(), now);
            audit.record(AuditEvent.bySelf(
                    now,
                    AuditEventType.EMAIL_CHANGED,
                    account.id(),
                    command.ip(),
                    "from " + account.email().value() + " to " + email.value() + "; " + notice));
        }
        return stored.account();
    }

    /** The account as stored, and the token of the link that undoes its email change, if it had one. */
    private record Changed(Account account, String revertToken) {
        @Override
        public String toString() {
            return "Changed[account=" + account.id() + "]";
        }
    }

    private static NotFoundException notFound() {
        return NotFoundException.of(NotFoundException.Resource.ACCOUNT);
    }
}
