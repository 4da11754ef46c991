package turgus.application.testing

import java.time.Instant
import turgus.application.account.port.out.PendingRegistrationRepository
import turgus.domain.account.Email
import turgus.domain.account.registration.PendingRegistration

/** Pending registrations in a map, with the same conditional changes as the database. */
class InMemoryPendingRegistrations implements PendingRegistrationRepository {
    final Map<Email, PendingRegistration> byEmail = [:]

    @Override
    synchronized void save(PendingRegistration registration) {
        byEmail[registration.email()] = registration
    }

    @Override
    synchronized Optional<PendingRegistration> find(Email email) {
        Optional.ofNullable(byEmail[email])
    }

    @Override
    synchronized boolean recordWrongCode(Email email, String codeHash) {
        def p = byEmail[email]
        if (p == null || p.codeHash() != codeHash || p.isVoided()) {
            return false
        }
        byEmail[email] = new PendingRegistration(p.email(), p.phone(), p.fullName(), p.passwordHash(), p.codeHash(),
                p.createdAt(), p.expiresAt(), p.wrongAttempts() + 1)
        true
    }

    @Override
    synchronized boolean claim(Email email, String codeHash, Instant now) {
        def p = byEmail[email]
        if (p == null || p.codeHash() != codeHash || p.isVoided() || p.isExpiredAt(now)) {
            return false
        }
        byEmail.remove(email)
        true
    }

    @Override
    synchronized void delete(Email email, String codeHash) {
        if (byEmail[email]?.codeHash() == codeHash) {
            byEmail.remove(email)
        }
    }

    @Override
    synchronized int deleteExpired(Instant now) {
        def gone = byEmail.values().findAll { it.isExpiredAt(now) || it.isVoided() }
        gone.each { byEmail.remove(it.email()) }
        gone.size()
    }
}
