package turgus.application.account;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import turgus.application.account.port.in.UpdateProfileCommand;
import turgus.application.account.port.in.UpdateProfileUseCase;
import turgus.application.account.port.out.AccountRepository;
import turgus.application.audit.port.out.AuditEvent;
import turgus.application.audit.port.out.AuditEventType;
import turgus.application.audit.port.out.AuditLog;
import turgus.application.shared.DuplicateValueException;
import turgus.application.shared.NotFoundException;
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
 * keeps both addresses.
 */
public final class ProfileService implements UpdateProfileUseCase {
    private final AccountRepository accounts;
    private final AccountNotices notices;
    private final AuditLog audit;
    private final AccountSettings settings;
    private final Clock clock;

    public ProfileService(
            AccountRepository accounts, AccountNotices notices, AuditLog audit, AccountSettings settings, Clock clock) {
        this.accounts = Objects.requireNonNull(accounts, "accounts");
        this.notices = Objects.requireNonNull(notices, "notices");
        this.audit = Objects.requireNonNull(audit, "audit");
        this.settings = Objects.requireNonNull(settings, "settings");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public Account updateProfile(UpdateProfileCommand command) {
        UpdateProfileCommand.Changes changes = command.validate(settings.phonePattern());
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
        Account updated =
                accounts.updateProfile(account.id(), name, email, phone).orElseThrow(ProfileService::notFound);
        Instant now = clock.instant();
        audit.record(AuditEvent.bySelf(
                now,
                AuditEventType.PROFILE_UPDATED,
                account.id(),
                command.ip(),
                "changed " + String.join(", ", changed)));
        if (changed.contains("email")) {
            String notice = notices.emailChanged(account, email, now);
            audit.record(AuditEvent.bySelf(
                    now,
                    AuditEventType.EMAIL_CHANGED,
                    account.id(),
                    command.ip(),
                    "from " + account.email().value() + " to " + email.value() + "; " + notice));
        }
        return updated;
    }

    private static NotFoundException notFound() {
        return new NotFoundException("The account was not found");
    }
}
