package turgus.web.account;

import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Value;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.convert.ConversionService;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import turgus.application.account.AccountSettings;
import turgus.domain.account.PhoneNumber;
import turgus.domain.account.lockout.LockoutPolicy;
import turgus.domain.account.password.PasswordPolicy;
import turgus.domain.account.password.PasswordSettings;
import turgus.web.security.CommonPasswords;

/**
 * The account settings bound from the configuration ({@code shop.phone-pattern}, {@code shop.password.*},
 * {@code shop.lockout.*}, {@code shop.registration.code-validity}, {@code shop.password-reset.validity},
 * {@code shop.sessions.*}), each with the product's default.
 */
@Factory
public class AccountSettingsFactory {

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
}
