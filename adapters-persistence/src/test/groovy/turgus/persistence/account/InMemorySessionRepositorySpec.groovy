package turgus.persistence.account

import turgus.application.account.port.out.AccountRepository
import turgus.application.account.port.out.SessionRepository
import turgus.application.testing.InMemoryAccountRepository
import turgus.application.testing.InMemorySessionRepository

/** The application specs' fake keeps the same promises as the database. */
class InMemorySessionRepositorySpec extends SessionRepositoryContract {
    SessionRepository sessions = new InMemorySessionRepository()
    AccountRepository accounts = new InMemoryAccountRepository()
}
