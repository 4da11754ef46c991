package turgus.web.account;

import io.micronaut.context.annotation.Bean;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Value;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.convert.ConversionService;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import turgus.application.account.AccountNotices;
import turgus.application.account.AccountQueryService;
import turgus.application.account.AccountSettings;
import turgus.application.account.AdminBootstrapService;
import turgus.application.account.ChangePasswordService;
import turgus.application.account.ConfirmationCodeHasher;
import turgus.application.account.EmailRevertService;
import turgus.application.account.LogInService;
import turgus.application.account.PasswordResetService;
import turgus.application.account.ProfilePictureService;
import turgus.application.account.ProfileService;
import turgus.application.account.RefreshTokenService;
import turgus.application.account.RegistrationService;
import turgus.application.account.SecureConfirmationCodeSource;
import turgus.application.account.SessionService;
import turgus.application.account.port.in.BootstrapAdminUseCase;
import turgus.application.account.port.in.ChangePasswordUseCase;
import turgus.application.account.port.in.ChangeProfilePictureUseCase;
import turgus.application.account.port.in.CheckSessionQuery;
import turgus.application.account.port.in.ConfirmRegistrationUseCase;
import turgus.application.account.port.in.EndAllSessionsUseCase;
import turgus.application.account.port.in.ForgetStaleLoginAttemptsUseCase;
import turgus.application.account.port.in.ListSessionsQuery;
import turgus.application.account.port.in.LogInUseCase;
import turgus.application.account.port.in.LogOutUseCase;
import turgus.application.account.port.in.PurgeExpiredEmailRevertsUseCase;
import turgus.application.account.port.in.PurgeExpiredPasswordResetsUseCase;
import turgus.application.account.port.in.PurgeExpiredRegistrationsUseCase;
import turgus.application.account.port.in.RefreshTokenUseCase;
import turgus.application.account.port.in.RegisterCustomerUseCase;
import turgus.application.account.port.in.RequestPasswordResetUseCase;
import turgus.application.account.port.in.ResetPasswordUseCase;
import turgus.application.account.port.in.RevertEmailChangeUseCase;
import turgus.application.account.port.in.RevokeSessionUseCase;
import turgus.application.account.port.in.ShowAccountQuery;
import turgus.application.account.port.in.UpdateProfileUseCase;
import turgus.application.account.port.in.UseSessionUseCase;
import turgus.application.account.port.out.AccountPictures;
import turgus.application.account.port.out.AccountRepository;
import turgus.application.account.port.out.ConfirmationCodeSource;
import turgus.application.account.port.out.LoginAttemptsRepository;
import turgus.application.account.port.out.PasswordHasher;
import turgus.application.account.port.out.PendingRegistrationRepository;
import turgus.application.account.port.out.ProfilePictureStore;
import turgus.application.account.port.out.SessionRepository;
import turgus.application.account.port.out.SingleUseTokenStore;
import turgus.application.audit.port.out.AuditLog;
import turgus.application.mail.port.out.Mailer;
import turgus.application.security.port.out.RandomSecrets;
import turgus.application.security.port.out.SecretStore;
import turgus.application.shared.Transactions;
import turgus.domain.account.PhoneNumber;
import turgus.domain.account.lockout.LockoutPolicy;
import turgus.domain.account.password.PasswordPolicy;
import turgus.domain.account.password.PasswordSettings;
import turgus.web.platform.PublicUrl;
import turgus.web.security.CommonPasswords;

/**
 * The account use cases, each visible to the rest of the app only through its inbound port, and the
 * account settings bound from the configuration ({@code shop.phone-pattern}, {@code shop.password.*},
 * {@code shop.lockout.*}, {@code shop.registration.code-validity}, {@code shop.password-reset.validity},
 * {@code shop.sessions.*}), each with the product's default.
 */
@Factory
public class AccountWiring {

    @Singleton
    public AccountSettings accountSettings(
            @Nullable @Value("${shop.phone-pattern:}") String phonePattern,
            @Value("${shop.password.min-length:8}") int minLength,
            @Value("${shop.password.max-length:128}") int maxLength,
            @Nullable @Value("${shop.password.special-characters:}") String specialCharacters,
            @Value("${shop.password.upper-case-required:true}") boolean upperCaseRequired,
            @Value("${shop.lockout.threshold:3}") int lockoutThreshold,
            @Value("${shop.lockout.steps:5m,1h,24h}") String lockoutSteps,
            @Value("${shop.registration.code-validity:15m}") Duration codeValidity,
            @Value("${shop.password-reset.validity:15m}") Duration resetValidity,
            @Value("${shop.sessions.max-per-account:3}") int maxSessions,
            @Value("${shop.sessions.refresh-token-validity:30d}") Duration refreshValidity) {
        String phone = phonePattern == null || phonePattern.isBlank()
                ? PhoneNumber.DEFAULT_PATTERN.pattern()
                : phonePattern.strip();
        String specials = specialCharacters == null || specialCharacters.isBlank()
                ? PasswordSettings.DEFAULT_SPECIAL_CHARACTERS
                : specialCharacters.strip();
        return AccountSettings.DEFAULTS
                .withPhonePattern(phone)
                .withPassword(new PasswordSettings(minLength, maxLength, specials, upperCaseRequired))
                .withLockout(new LockoutPolicy(lockoutThreshold, durations(lockoutSteps)))
                .withValidities(codeValidity, resetValidity, refreshValidity)
                .withMaxSessionsPerAccount(maxSessions);
    }

    /** "5m,1h,24h" (or a YAML list, which arrives the same way) as durations. */
    static List<Duration> durations(String steps) {
        return Arrays.stream(steps.split(","))
                .map(String::strip)
                .filter(step -> !step.isEmpty())
                .map(step -> ConversionService.SHARED
                        .convert(step, Duration.class)
                        .orElseThrow(() -> new IllegalArgumentException("shop.lockout.steps: not a duration: " + step)))
                .toList();
    }

    @Singleton
    public PasswordPolicy passwordPolicy(AccountSettings settings, CommonPasswords common) {
        return PasswordPolicy.of(settings.password(), common::contains);
    }

    @Singleton
    @Bean(typed = {LogInUseCase.class, ForgetStaleLoginAttemptsUseCase.class})
    public LogInService logIn(
            AccountRepository accounts,
            SessionRepository sessions,
            LoginAttemptsRepository attempts,
            PasswordHasher hasher,
            RandomSecrets random,
            Transactions transactions,
            AuditLog audit,
            AccountSettings settings,
            Clock clock) {
        return new LogInService(accounts, sessions, attempts, hasher, random, transactions, audit, settings, clock);
    }

    @Singleton
    @Bean(typed = RefreshTokenUseCase.class)
    public RefreshTokenService refreshToken(
            SessionRepository sessions,
            AccountRepository accounts,
            LoginAttemptsRepository attempts,
            RandomSecrets random,
            AuditLog audit,
            AccountSettings settings,
            Clock clock) {
        return new RefreshTokenService(sessions, accounts, attempts, random, audit, settings, clock);
    }

    @Singleton
    @Bean(
            typed = {
                LogOutUseCase.class,
                ListSessionsQuery.class,
                RevokeSessionUseCase.class,
                CheckSessionQuery.class,
                UseSessionUseCase.class,
                EndAllSessionsUseCase.class
            })
    public SessionService sessions(SessionRepository sessions, AuditLog audit, Clock clock) {
        return new SessionService(sessions, audit, clock);
    }

    @Singleton
    public AccountNotices accountNotices(Mailer mailer, PublicUrl publicUrl) {
        return new AccountNotices(mailer, publicUrl.base());
    }

    @Singleton
    @Bean(typed = ChangePasswordUseCase.class)
    public ChangePasswordService changePassword(
            AccountRepository accounts,
            SessionRepository sessions,
            PasswordHasher hasher,
            PasswordPolicy policy,
            AccountNotices notices,
            Transactions transactions,
            AuditLog audit,
            Clock clock) {
        return new ChangePasswordService(accounts, sessions, hasher, policy, notices, transactions, audit, clock);
    }

    @Singleton
    @Bean(
            typed = {
                RequestPasswordResetUseCase.class,
                ResetPasswordUseCase.class,
                PurgeExpiredPasswordResetsUseCase.class
            })
    public PasswordResetService passwordReset(
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
            PublicUrl publicUrl,
            Clock clock) {
        return new PasswordResetService(
                accounts,
                resets,
                sessions,
                attempts,
                hasher,
                policy,
                random,
                mailer,
                notices,
                transactions,
                audit,
                settings,
                publicUrl.base(),
                clock);
    }

    @Singleton
    public ConfirmationCodeSource confirmationCodes() {
        return new SecureConfirmationCodeSource();
    }

    @Singleton
    public ConfirmationCodeHasher confirmationCodeHasher(SecretStore store, RandomSecrets random) {
        return new ConfirmationCodeHasher(store, random);
    }

    @Singleton
    @Bean(
            typed = {
                RegisterCustomerUseCase.class,
                ConfirmRegistrationUseCase.class,
                PurgeExpiredRegistrationsUseCase.class
            })
    public RegistrationService registration(
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
        return new RegistrationService(
                accounts,
                pending,
                hasher,
                policy,
                codes,
                codeHasher,
                mailer,
                transactions,
                audit,
                notices,
                settings,
                clock);
    }

    @Singleton
    @Bean(typed = UpdateProfileUseCase.class)
    public ProfileService profile(
            AccountRepository accounts,
            SingleUseTokenStore reverts,
            RandomSecrets random,
            AccountNotices notices,
            Transactions transactions,
            AuditLog audit,
            AccountSettings settings,
            Clock clock) {
        return new ProfileService(accounts, reverts, random, notices, transactions, audit, settings, clock);
    }

    @Singleton
    @Bean(typed = {RevertEmailChangeUseCase.class, PurgeExpiredEmailRevertsUseCase.class})
    public EmailRevertService emailRevert(
            AccountRepository accounts,
            SingleUseTokenStore tokens,
            SessionRepository sessions,
            LoginAttemptsRepository attempts,
            Transactions transactions,
            AuditLog audit,
            Clock clock) {
        return new EmailRevertService(accounts, tokens, sessions, attempts, transactions, audit, clock);
    }

    @Singleton
    @Bean(typed = ChangeProfilePictureUseCase.class)
    public ProfilePictureService profilePicture(
            AccountPictures accounts, ProfilePictureStore store, AuditLog audit, Clock clock) {
        return new ProfilePictureService(accounts, store, audit, clock);
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
