package turgus.persistence.order

import io.micronaut.test.extensions.spock.annotation.MicronautTest
import jakarta.inject.Inject
import turgus.application.order.port.out.OrderRepository
import turgus.persistence.testing.OnTestDatabase

import javax.sql.DataSource

@MicronautTest(transactional = false)
class JdbcOrderRepositorySpec extends OrderRepositoryContract implements OnTestDatabase {
    @Inject
    OrderRepository orders

    @Inject
    DataSource dataSource
}
