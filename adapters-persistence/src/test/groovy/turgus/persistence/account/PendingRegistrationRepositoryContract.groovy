package turgus.persistence.account

import spock.lang.Specification
import turgus.application.account.port.out.PendingRegistrationRepository
import turgus.domain.account.Email
import turgus.domain.account.FullName
import turgus.domain.account.PhoneNumber
import turgus.domain.account.registration.PendingRegistration

import java.time.Duration
import java.time.Instant

import static turgus.persistence.testing.Race.atOnce

/** What every {@link PendingRegistrationRepository} promises, racing callers included. */
abstract class PendingRegistrationRepositoryContract extends Specification {
    static final Instant NOW = Instant.parse('2026-11-21T12:00:00Z')
    static final Email ANN = Email.of('ann@example.com')
    static final String CODE_HASH = 'c' * 64

    abstract PendingRegistrationRepository getPending()

    def "a registration is stored and found again by its email, exactly"() {
        given:
        PendingRegistration registration = pendingFor(ANN, CODE_HASH)

        when:
        pending.save(registration)

        then:
        pending.find(ANN).get() == registration
        pending.find(Email.of('other@example.com')).isEmpty()
    }

    def "a new registration for the same email replaces the pending one"() {
        given:
        pending.save(pendingFor(ANN, CODE_HASH))
        PendingRegistration newer = new PendingRegistration(ANN, new PhoneNumber('+79009998877'), new FullName('Ann B'),
                '$2a$10$newer', 'd' * 64, NOW + Duration.ofMinutes(1), NOW + Duration.ofMinutes(16), 0)

        when:
        pending.save(newer)

        then:
        pending.find(ANN).get() == newer
    }

    def "#callers registrations racing for the same new email leave exactly one pending, none failing"() {
        when:
        List<Object> answers = atOnce(callers) { int n -> pending.save(pendingFor(ANN, String.format('%064d', n))) }

        then:
        answers.every { it == null }
        pending.find(ANN).isPresent()

        where:
        callers = 8
    }

    def "wrong codes are counted up to five, and no further"() {
        given:
        pending.save(pendingFor(ANN, CODE_HASH))

        when:
        List<Boolean> counted = (1..6).collect { pending.recordWrongCode(ANN, CODE_HASH) }

        then:
        counted == [true, true, true, true, true, false]
        pending.find(ANN).get().wrongAttempts() == 5
        pending.find(ANN).get().isVoided()
    }

    def "#callers wrong codes racing are counted exactly up to five"() {
        given:
        pending.save(pendingFor(ANN, CODE_HASH))

        when:
        List<Object> counted = atOnce(callers) { pending.recordWrongCode(ANN, CODE_HASH) }

        then:
        counted.count { it == true } == PendingRegistration.MAX_WRONG_CODES
        counted.count { it == false } == callers - PendingRegistration.MAX_WRONG_CODES
        pending.find(ANN).get().wrongAttempts() == PendingRegistration.MAX_WRONG_CODES

        where:
        callers = 10
    }

    def "a wrong code read from a replaced registration counts nothing against the new one"() {
        given:
        pending.save(pendingFor(ANN, CODE_HASH))

        expect:
        !pending.recordWrongCode(ANN, 'e' * 64)
        pending.find(ANN).get().wrongAttempts() == 0
        !pending.recordWrongCode(Email.of('nobody@example.com'), CODE_HASH)
    }

    def "a registration is claimed once, while in time, not void and holding the code hash: #why"() {
        given:
        pending.save(pendingFor(ANN, CODE_HASH))
        wrongCodes.times { pending.recordWrongCode(ANN, CODE_HASH) }

        expect:
        pending.claim(ANN, hash, at) == claimed
        pending.find(ANN).isPresent() == !claimed

        where:
        why                       | hash       | wrongCodes | at                            || claimed
        'right hash, in time'     | CODE_HASH  | 4          | NOW + Duration.ofMinutes(14)  || true
        'expired'                 | CODE_HASH  | 0          | NOW + Duration.ofMinutes(15)  || false
        'voided'                  | CODE_HASH  | 5          | NOW                           || false
        'replaced by a newer one' | 'e' * 64   | 0          | NOW                           || false
    }

    def "of #callers confirmations racing, exactly one claims the registration"() {
        given:
        pending.save(pendingFor(ANN, CODE_HASH))

        when:
        List<Object> claimed = atOnce(callers) { pending.claim(ANN, CODE_HASH, NOW) }

        then:
        claimed.count { it == true } == 1
        pending.find(ANN).isEmpty()

        where:
        callers = 8
    }

    def "a registration is deleted only while it holds the code hash it was read with"() {
        given:
        pending.save(pendingFor(ANN, CODE_HASH))

        when:
        pending.delete(ANN, 'e' * 64)

        then:
        pending.find(ANN).isPresent()

        when:
        pending.delete(ANN, CODE_HASH)

        then:
        pending.find(ANN).isEmpty()
    }

    def "registrations past their time or voided are purged, the others kept"() {
        given:
        Email late = Email.of('late@example.com')
        Email voided = Email.of('voided@example.com')
        Email live = Email.of('live@example.com')
        pending.save(new PendingRegistration(late, new PhoneNumber('+79000000001'), new FullName('L'), 'h', CODE_HASH,
                NOW - Duration.ofMinutes(15), NOW, 0))
        pending.save(pendingFor(voided, CODE_HASH))
        5.times { pending.recordWrongCode(voided, CODE_HASH) }
        pending.save(pendingFor(live, CODE_HASH))

        when:
        int purged = pending.deleteExpired(NOW)

        then:
        purged == 2
        pending.find(late).isEmpty()
        pending.find(voided).isEmpty()
        pending.find(live).isPresent()
    }

    static PendingRegistration pendingFor(Email email, String codeHash) {
        PendingRegistration.start(email, new PhoneNumber('+79001234567'), new FullName('Ann Lee'),
                '$2a$10$7EqJtq98hPqEX7fNZaFWoOhi5BWX4Z3ZdfTDVGvNBuvhqKXbW5b7W', codeHash, NOW, Duration.ofMinutes(15))
    }
}
