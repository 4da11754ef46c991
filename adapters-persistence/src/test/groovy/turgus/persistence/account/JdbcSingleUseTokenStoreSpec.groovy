package turgus.persistence.account

import io.micronaut.test.extensions.spock.annotation.MicronautTest
import jakarta.inject.Inject
import turgus.application.account.port.out.AccountRepository
import turgus.application.account.port.out.SingleUseTokenStore
import turgus.persistence.testing.OnTestDatabase

import javax.sql.DataSource

@MicronautTest(transactional = false)
class JdbcSingleUseTokenStoreSpec extends SingleUseTokenStoreContract implements OnTestDatabase {
    @Inject
    SingleUseTokenStore tokens

    @Inject
    AccountRepository accounts

    @Inject
    DataSource dataSource
}
