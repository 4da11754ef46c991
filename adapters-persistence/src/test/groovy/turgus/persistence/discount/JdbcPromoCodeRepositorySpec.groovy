package turgus.persistence.discount

import io.micronaut.test.extensions.spock.annotation.MicronautTest
import jakarta.inject.Inject
import turgus.application.discount.port.out.PromoCodeRepository
import turgus.persistence.testing.OnTestDatabase

import javax.sql.DataSource

@MicronautTest(transactional = false)
class JdbcPromoCodeRepositorySpec extends PromoCodeRepositoryContract implements OnTestDatabase {
    @Inject
    PromoCodeRepository promoCodes

    @Inject
    DataSource dataSource
}
