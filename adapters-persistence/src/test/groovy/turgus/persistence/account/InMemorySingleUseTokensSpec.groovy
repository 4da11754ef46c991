package turgus.persistence.account

import turgus.application.account.port.out.AccountRepository
import turgus.application.account.port.out.SingleUseTokenStore
import turgus.application.testing.InMemoryAccountRepository
import turgus.application.testing.InMemorySingleUseTokens

/** The application specs' fake keeps the same promises as the database. */
class InMemorySingleUseTokensSpec extends SingleUseTokenStoreContract {
    SingleUseTokenStore tokens = new InMemorySingleUseTokens()
    AccountRepository accounts = new InMemoryAccountRepository()
}
