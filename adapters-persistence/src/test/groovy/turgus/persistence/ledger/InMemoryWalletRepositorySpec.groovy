package turgus.persistence.ledger

import turgus.application.ledger.port.out.WalletRepository
import turgus.application.testing.InMemoryWalletRepository

/** The application specs' fake keeps the same promises as the database. */
class InMemoryWalletRepositorySpec extends WalletRepositoryContract {
    WalletRepository wallets = new InMemoryWalletRepository()
}
