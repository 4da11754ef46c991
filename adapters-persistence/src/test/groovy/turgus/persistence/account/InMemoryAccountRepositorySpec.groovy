package turgus.persistence.account

import turgus.application.account.port.out.AccountRepository
import turgus.application.testing.InMemoryAccountRepository

/** The application specs' fake keeps the same promises as the database. */
class InMemoryAccountRepositorySpec extends AccountRepositoryContract {
    AccountRepository accounts = new InMemoryAccountRepository()
}
