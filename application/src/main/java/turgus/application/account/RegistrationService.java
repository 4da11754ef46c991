package turgus.application.account;

import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Optional;
import turgus.application.account.port.in.ConfirmRegistrationCommand;
import turgus.application.account.port.in.ConfirmRegistrationUseCase;
import turgus.application.account.port.in.PurgeExpiredRegistrationsUseCase;
import turgus.application.account.port.in.RegisterCustomerCommand;
import turgus.application.account.port.in.RegisterCustomerUseCase;
import turgus.application.account.port.out.AccountRepository;
import turgus.application.account.port.out.ConfirmationCodeSource;
import turgus.application.account.port.out.PasswordHasher;
import turgus.application.account.port.out.PendingRegistrationRepository;
import turgus.application.audit.port.out.AuditEvent;
import turgus.application.audit.port.out.AuditEventType;
import turgus.application.audit.port.out.AuditLog;
import turgus.application.mail.port.out.MailMessage;
import turgus.application.mail.port.out.Mailer;
import turgus.application.shared.Transactions;
import turgus.domain.account.Account;
import turgus.domain.account.Role;
import turgus.domain.account.password.PasswordPolicy;
import turgus.domain.account.registration.ConfirmationCode;
import turgus.domain.account.registration.ConfirmationResult;
import turgus.domain.account.registration.PendingRegistration;
import turgus.domain.shared.FieldRule;
import turgus.domain.shared.InvalidValueException;

/**
 * Registration with an emailed code. Registering checks the form and keeps the registration pending
 * (password and code only as hashes) while the code is mailed; the mail is queued in the same unit of
 * work, so a registration that fails mails nothing. Confirming with the right code in time opens the
 * account as a customer and forgets the registration in one unit of work; wrong codes are counted by a
 * conditional update, and the fifth voids the registration.
 *
 * <p>Registering never tells whether an address or a number has an account: an email that has one gets
 * the same answer, and its owner a notice instead of a code. A phone number that another account has
 * is refused only at confirmation, once the person has proven that the email is theirs.
 */
@Singleton
public final class RegistrationService
        implements RegisterCustomerUseCase, ConfirmRegistrationUseCase, PurgeExpiredRegistrationsUseCase {
    static final String CODE = ConfirmationCode.FIELD;

    private final AccountRepository accounts;
    private final PendingRegistrationRepository pending;
    private final PasswordHasher hasher;
    private final PasswordPolicy policy;
    private final ConfirmationCodeSource codes;
    private final ConfirmationCodeHasher codeHasher;
    private final Mailer mailer;
    private final Transactions transactions;
    private final AuditLog audit;
    private final AccountNotices notices;
    private final AccountSettings settings;
    private final Clock clock;

    public RegistrationService(
            AccountRepository accounts,
            PendingRegistrationRepository pending,
            PasswordHasher hasher,
            PasswordPolicy policy,
            ConfirmationCodeSource codes,
            ConfirmationCodeHasher codeHasher,
            Mailer mailer,
            Transactions transactions,
            AuditLog audit,
            AccountNotices notices,
            AccountSettings settings,
            Clock clock) {
        this.accounts = Objects.requireNonNull(accounts, "accounts");
        this.pending = Objects.requireNonNull(pending, "pending");
        this.hasher = Objects.requireNonNull(hasher, "hasher");
        this.policy = Objects.requireNonNull(policy, "policy");
        this.codes = Objects.requireNonNull(codes, "codes");
        this.codeHasher = Objects.requireNonNull(codeHasher, "codeHasher");
        this.mailer = Objects.requireNonNull(mailer, "mailer");
        this.transactions = Objects.requireNonNull(transactions, "transactions");
        this.audit = Objects.requireNonNull(audit, "audit");
        this.notices = Objects.requireNonNull(notices, "notices");
        this.settings = Objects.requireNonNull(settings, "settings");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public RegistrationStarted register(RegisterCustomerCommand command) {
        RegisterCustomerCommand.Registration form = command.validate(settings.phoneFormat(), policy);
        // Hashed on both paths below, so that the answer's timing does not tell them apart.
        String passwordHash = hasher.hash(form.password());
        Instant now = clock.instant();
        Optional<Account> owner = accounts.findByEmail(form.email());
        if (owner.isPresent()) {
            return tellOwner(owner.get(), command, now);
        }
        ConfirmationCode code = codes.next();
        PendingRegistration registration = PendingRegistration.start(
                form.email(),
                form.phone(),
                form.fullName(),
                passwordHash,
                codeHasher.hash(form.email(), code),
                now,
                settings.confirmationCodeValidity());
        transactions.run(() -> {
            pending.save(registration);
            mailer.send(new MailMessage(
                    form.email().value(), "Your Turgus confirmation code", mailBody(registration, code)));
        });
        return new RegistrationStarted(registration.email(), registration.expiresAt());
    }

    /**
     * A registration with the email of an existing account answers exactly as a new one would, so that
     * nobody learns from it who has an account; the owner is mailed a notice instead of a code.
     */
    private RegistrationStarted tellOwner(Account owner, RegisterCustomerCommand command, Instant now) {
        transactions.run(() -> {
            String outcome = notices.registrationAttempted(owner, now);
            // Whoever registered is unknown: the event concerns the owner's account but is not theirs.
            audit.record(new AuditEvent(
                    now, AuditEventType.REGISTRATION_WITH_TAKEN_EMAIL, null, owner.id(), command.ip(), outcome));
        });
        return new RegistrationStarted(owner.email(), now.plus(settings.confirmationCodeValidity()));
    }

    @Override
    public Account confirm(ConfirmRegistrationCommand command) {
        Instant now = clock.instant();
        PendingRegistration registration = pending.find(command.email())
                .orElseThrow(() -> new InvalidValueException(CODE, FieldRule.CODE_UNKNOWN));
        ConfirmationResult result =
                registration.confirm(stored -> codeHasher.matches(command.email(), command.code(), stored), now);
        switch (result.outcome()) {
            case ACCEPTED:
                return open(registration, command, now);
            case WRONG_CODE:
            case VOIDED:
                if (registration.isVoided()) {
                    pending.delete(command.email(), registration.codeHash());
                    throw new InvalidValueException(CODE, FieldRule.CODE_VOIDED);
                }
                throw wrongCode(registration, command);
            case EXPIRED:
            default:
                pending.delete(command.email(), registration.codeHash());
                throw new InvalidValueException(CODE, FieldRule.CODE_EXPIRED);
        }
    }

    @Override
    public int purgeExpired() {
        return pending.deleteExpired(clock.instant());
    }

    private Account open(PendingRegistration registration, ConfirmRegistrationCommand command, Instant now) {
        Account account = transactions.inTransaction(() -> {
            if (!pending.claim(registration.email(), registration.codeHash(), now)) {
                throw new InvalidValueException(CODE, FieldRule.CODE_UNKNOWN);
            }
            return accounts.add(Account.open(
                    registration.fullName(),
                    registration.email(),
                    registration.phone(),
                    registration.passwordHash(),
                    EnumSet.of(Role.CUSTOMER),
                    now));
        });
        audit.record(AuditEvent.bySelf(now, AuditEventType.REGISTERED, account.id(), command.ip(), ""));
        return account;
    }

    /** Counts the wrong code in the database, where racing wrong codes cannot overtake each other. */
    private InvalidValueException wrongCode(PendingRegistration registration, ConfirmRegistrationCommand command) {
        if (!pending.recordWrongCode(command.email(), registration.codeHash())) {
            return new InvalidValueException(CODE, FieldRule.CODE_UNKNOWN);
        }
        Optional<PendingRegistration> after =
                pending.find(command.email()).filter(p -> p.codeHash().equals(registration.codeHash()));
        if (after.isEmpty()) {
            return new InvalidValueException(CODE, FieldRule.CODE_UNKNOWN);
        }
        if (after.get().isVoided()) {
            pending.delete(command.email(), registration.codeHash());
            return new InvalidValueException(CODE, FieldRule.CODE_VOIDED);
        }
        int left = after.get().attemptsLeft();
        return new InvalidValueException(CODE, FieldRule.CODE_WRONG, "attemptsLeft", left);
    }

    private String mailBody(PendingRegistration registration, ConfirmationCode code) {
        long minutes = settings.confirmationCodeValidity().toMinutes();
        return "Hello " + registration.fullName().value() + ",\n\n"
                + "your Turgus confirmation code is " + code.value() + ".\n"
                + "Type it within " + minutes + " minutes to open your account.\n\n"
                + "If you did not register, ignore this mail: no account is opened without the code.\n";
    }
}
