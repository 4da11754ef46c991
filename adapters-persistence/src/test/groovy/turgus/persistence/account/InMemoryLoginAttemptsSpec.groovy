package turgus.persistence.account

import turgus.application.account.port.out.AccountRepository
import turgus.application.account.port.out.LoginAttemptsRepository
import turgus.application.testing.InMemoryAccountRepository
import turgus.application.testing.InMemoryLoginAttempts

/** The application specs' fake keeps the same promises as the database. */
class InMemoryLoginAttemptsSpec extends LoginAttemptsRepositoryContract {
    LoginAttemptsRepository attempts = new InMemoryLoginAttempts()
    AccountRepository accounts = new InMemoryAccountRepository()
}
