package turgus.application.account

import java.time.Duration
import spock.lang.Specification
import turgus.application.account.port.in.LockedOutException
import turgus.application.audit.port.out.AuditEvent
import turgus.application.audit.port.out.AuditEventType
import turgus.domain.account.PhoneFormat
import turgus.domain.account.UserId
import turgus.domain.account.lockout.LockoutPolicy
import turgus.domain.account.password.PasswordSettings

class AccountSettingsSpec extends Specification {
    def "the defaults are the product's rules"() {
        expect:
        with(AccountSettings.DEFAULTS) {
            phoneFormat() == PhoneFormat.DEFAULT
            phoneFormat().parse('8 (900) 123-45-67').value() == '+79001234567'
            password() == PasswordSettings.DEFAULTS
            lockout() == LockoutPolicy.DEFAULT
            confirmationCodeValidity() == Duration.ofMinutes(15)
            passwordResetValidity() == Duration.ofMinutes(15)
            maxSessionsPerAccount() == 3
            refreshTokenValidity() == Duration.ofDays(30)
        }
    }

    def "each setting can be changed on its own"() {
        given:
        def lockout = new LockoutPolicy(5, [Duration.ofMinutes(1)])
        def password = PasswordSettings.DEFAULTS.withMinLength(12)

        when:
        def changed = AccountSettings.DEFAULTS.withPhonePattern('^\\+370\\d{8}$').withPassword(password)
                .withLockout(lockout).withMaxSessionsPerAccount(5)
                .withValidities(Duration.ofMinutes(10), Duration.ofMinutes(30), Duration.ofDays(7))

        then:
        changed.phoneFormat().parse('+370 612 34567').value() == '+37061234567'
        !changed.phoneFormat().russianDialling()
        changed.password() == password
        changed.lockout() == lockout
        changed.maxSessionsPerAccount() == 5
        changed.confirmationCodeValidity() == Duration.ofMinutes(10)
        changed.passwordResetValidity() == Duration.ofMinutes(30)
        changed.refreshTokenValidity() == Duration.ofDays(7)
    }

    def "nonsense settings stop the start: #what"() {
        when:
        change(AccountSettings.DEFAULTS)

        then:
        thrown(RuntimeException)

        where:
        what                        | change
        'no session allowed'        | { AccountSettings s -> s.withMaxSessionsPerAccount(0) }
        'a code valid for no time'  | { AccountSettings s -> s.withValidities(Duration.ZERO, Duration.ofMinutes(1), Duration.ofDays(1)) }
        'a negative reset validity' | { AccountSettings s -> s.withValidities(Duration.ofMinutes(1), Duration.ofMinutes(-1), Duration.ofDays(1)) }
        'a missing refresh validity'| { AccountSettings s -> s.withValidities(Duration.ofMinutes(1), Duration.ofMinutes(1), null) }
        'no lockout policy'         | { AccountSettings s -> s.withLockout(null) }
        'a broken phone pattern'    | { AccountSettings s -> s.withPhonePattern('[') }
    }

    def "a lockout lasts at least a second"() {
        when:
        new LockedOutException(0)

        then:
        thrown(IllegalArgumentException)
    }

    def "an event keeps no blank address and no overlong details"() {
        when:
        def event = new AuditEvent(AccountSettingsSpec.NOW, AuditEventType.LOGIN_FAILED, null, UserId.of(3), '  ', 'x' * 2001)

        then:
        event.ip() == null
        event.details().length() == AuditEvent.MAX_DETAILS_LENGTH
        event.actor().isEmpty()
        event.subject().get() == UserId.of(3)
        new AuditEvent(NOW, AuditEventType.LOGGED_OUT, null, null, null, null).details() == ''
    }

    static final java.time.Instant NOW = java.time.Instant.parse('2026-11-21T12:00:00Z')
}
