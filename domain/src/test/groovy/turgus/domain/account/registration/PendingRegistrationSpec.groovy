package turgus.domain.account.registration

import static turgus.domain.account.registration.ConfirmationOutcome.ACCEPTED
import static turgus.domain.account.registration.ConfirmationOutcome.EXPIRED
import static turgus.domain.account.registration.ConfirmationOutcome.VOIDED
import static turgus.domain.account.registration.ConfirmationOutcome.WRONG_CODE
import static turgus.domain.account.registration.PendingRegistrationFixtures.CREATED
import static turgus.domain.account.registration.PendingRegistrationFixtures.RIGHT_CODE
import static turgus.domain.account.registration.PendingRegistrationFixtures.aPendingRegistration
import static turgus.domain.account.registration.PendingRegistrationFixtures.typed

import java.time.Duration
import java.time.Instant
import spock.lang.Specification
import turgus.domain.account.Email
import turgus.domain.account.FullName
import turgus.domain.account.PhoneNumber

class PendingRegistrationSpec extends Specification {
    static final String WRONG = '654321'
    static final String RIGHT = RIGHT_CODE
    static final Instant IN_TIME = CREATED + Duration.ofMinutes(1)

    def "codes typed one after another — #codes — answer #outcomes"() {
        given:
        def registration = aPendingRegistration().build()
        def answers = []
        def left = []

        when:
        codes.each { code ->
            def result = registration.confirm(typed(code), IN_TIME)
            answers << result.outcome()
            left << result.attemptsLeft()
            registration = result.registration()
        }

        then:
        answers == outcomes
        left == attemptsLeft

        where:
        codes                       || outcomes                              | attemptsLeft
        [RIGHT]                     || [ACCEPTED]                            | [0]
        [WRONG, RIGHT]              || [WRONG_CODE, ACCEPTED]                | [4, 0]
        [WRONG] * 4 + [RIGHT]       || [WRONG_CODE] * 4 + [ACCEPTED]         | [4, 3, 2, 1, 0]
        [WRONG] * 5                 || [WRONG_CODE] * 4 + [VOIDED]           | [4, 3, 2, 1, 0]
        [WRONG] * 5 + [RIGHT]       || [WRONG_CODE] * 4 + [VOIDED, VOIDED]   | [4, 3, 2, 1, 0, 0]
        [WRONG] * 7                 || [WRONG_CODE] * 4 + [VOIDED] * 3       | [4, 3, 2, 1, 0, 0, 0]
    }

    def "the code is in time until the very moment the registration expires: #code at #at is #outcome"() {
        given:
        def registration = aPendingRegistration().build()

        when:
        def result = registration.confirm(typed(code), at)

        then:
        result.outcome() == outcome
        result.registration().wrongAttempts() == wrongAttempts

        where:
        code  | at                                                    || outcome    | wrongAttempts
        RIGHT | CREATED                                               || ACCEPTED   | 0
        RIGHT | CREATED + Duration.ofMinutes(15) - Duration.ofNanos(1) || ACCEPTED   | 0
        WRONG | CREATED + Duration.ofMinutes(15) - Duration.ofNanos(1) || WRONG_CODE | 1
        RIGHT | CREATED + Duration.ofMinutes(15)                      || EXPIRED    | 0
        WRONG | CREATED + Duration.ofMinutes(15)                      || EXPIRED    | 0
        RIGHT | CREATED + Duration.ofDays(1)                          || EXPIRED    | 0
    }

    def "a registration is confirmed within 15 minutes unless another time is set"() {
        expect:
        aPendingRegistration().build().expiresAt() == CREATED + Duration.ofMinutes(15)
        aPendingRegistration().validFor(Duration.ofMinutes(30)).build().expiresAt() == CREATED + Duration.ofMinutes(30)

        and: 'a new registration has all its tries'
        with(aPendingRegistration().build()) {
            wrongAttempts() == 0
            attemptsLeft() == 5
            !isVoided()
            !isExpiredAt(CREATED)
            isExpiredAt(CREATED + Duration.ofMinutes(15))
            createdAt() == CREATED
            email() == Email.of('ann@example.com')
            codeHash() == 'hash:123456'
        }
    }

    def "no code is compared for a registration that can no longer be confirmed"() {
        given:
        def asked = 0
        def matches = { String hash -> asked++; true }

        when:
        def result = registration.confirm(matches, at)

        then:
        result.outcome() == outcome
        result.registration() == registration
        asked == 0

        where:
        registration                        | at                                  || outcome
        aPendingRegistration().build()      | CREATED + Duration.ofMinutes(15)    || EXPIRED
        voided()                            | IN_TIME                             || VOIDED
        voided()                            | CREATED + Duration.ofMinutes(15)    || VOIDED
    }

    def "an accepted or void answer ends the registration, a wrong code does not"() {
        expect:
        new ConfirmationResult(outcome, aPendingRegistration().build()).isAccepted() == accepted
        new ConfirmationResult(outcome, aPendingRegistration().build()).isVoid() == isVoid

        where:
        outcome    || accepted | isVoid
        ACCEPTED   || true     | false
        WRONG_CODE || false    | false
        VOIDED     || false    | true
        EXPIRED    || false    | true
    }

    def "a caller that compared the code itself answers with yes or no"() {
        given:
        def registration = aPendingRegistration().build()

        expect:
        registration.confirm(true, IN_TIME).outcome() == ACCEPTED
        registration.confirm(false, IN_TIME).outcome() == WRONG_CODE
        registration.confirm(false, IN_TIME).registration().wrongAttempts() == 1
        registration.wrongAttempts() == 0
    }

    def "a registration that makes no sense is refused: #why"() {
        when:
        new PendingRegistration(Email.of('ann@example.com'), new PhoneNumber('+79001234567'), new FullName('Ann'),
                passwordHash, codeHash, CREATED, expiresAt, wrongAttempts)

        then:
        thrown(IllegalArgumentException)

        where:
        passwordHash | codeHash | expiresAt                       | wrongAttempts || why
        'p'          | 'c'      | CREATED + Duration.ofMinutes(1) | -1            || 'fewer than no wrong codes'
        'p'          | 'c'      | CREATED + Duration.ofMinutes(1) | 6             || 'more wrong codes than allowed'
        'p'          | 'c'      | CREATED                         | 0             || 'expired as it was made'
        'p'          | 'c'      | CREATED - Duration.ofMinutes(1) | 0             || 'expired before it was made'
        ''           | 'c'      | CREATED + Duration.ofMinutes(1) | 0             || 'no password hash'
        'p'          | ' '      | CREATED + Duration.ofMinutes(1) | 0             || 'no code hash'
        null         | 'c'      | CREATED + Duration.ofMinutes(1) | 0             || 'a missing password hash'
    }

    def "a registration is valid for some time"() {
        when:
        aPendingRegistration().validFor(validity).build()

        then:
        thrown(IllegalArgumentException)

        where:
        validity << [Duration.ZERO, Duration.ofMinutes(-15)]
    }

    def "a registration holds who registered and when"() {
        when:
        new PendingRegistration(null, new PhoneNumber('+79001234567'), new FullName('Ann'), 'p', 'c', CREATED,
                CREATED + Duration.ofMinutes(1), 0)

        then:
        thrown(NullPointerException)
    }

    def "the hashes never show in a log"() {
        when:
        def shown = aPendingRegistration().build().toString()

        then:
        shown == 'PendingRegistration[email=ann@example.com, phone=+79001234567, ' +
                'createdAt=2026-11-22T10:00:00Z, expiresAt=2026-11-22T10:15:00Z, wrongAttempts=0]'
        !shown.contains('hash:')
        !shown.contains('$2a$')
    }

    private static PendingRegistration voided() {
        def registration = aPendingRegistration().build()
        5.times { registration = registration.confirm(false, IN_TIME).registration() }
        registration
    }
}
