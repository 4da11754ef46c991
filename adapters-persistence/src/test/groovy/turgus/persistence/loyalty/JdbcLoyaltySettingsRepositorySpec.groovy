package turgus.persistence.loyalty

import io.micronaut.test.extensions.spock.annotation.MicronautTest
import jakarta.inject.Inject
import turgus.application.loyalty.port.out.LoyaltySettingsRepository
import turgus.application.order.port.out.OrderRepository
import turgus.persistence.testing.OnTestDatabase

import javax.sql.DataSource

@MicronautTest(transactional = false)
class JdbcLoyaltySettingsRepositorySpec extends LoyaltySettingsRepositoryContract implements OnTestDatabase {
    @Inject
    LoyaltySettingsRepository settings

    @Inject
    DataSource dataSource

    @Inject
    OrderRepository orders
}
