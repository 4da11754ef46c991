package turgus.persistence.ledger

import io.micronaut.test.extensions.spock.annotation.MicronautTest
import jakarta.inject.Inject
import turgus.application.ledger.port.out.WalletRepository
import turgus.persistence.testing.OnTestDatabase

import javax.sql.DataSource

@MicronautTest(transactional = false)
class JdbcWalletRepositorySpec extends WalletRepositoryContract implements OnTestDatabase {
    @Inject
    WalletRepository wallets

    @Inject
    DataSource dataSource
}
