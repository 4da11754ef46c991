package turgus.persistence.account

import io.micronaut.test.extensions.spock.annotation.MicronautTest
import jakarta.inject.Inject
import turgus.application.account.port.out.AccountRepository
import turgus.persistence.testing.OnTestDatabase

import javax.sql.DataSource

@MicronautTest(transactional = false)
class JdbcAccountRepositorySpec extends AccountRepositoryContract implements OnTestDatabase {
    @Inject
    AccountRepository accounts

    @Inject
    DataSource dataSource
}
