package turgus.persistence.discount

import turgus.application.discount.port.out.PromoCodeRepository
import turgus.application.testing.InMemoryPromoCodeRepository

/** The application specs' fake keeps the same promises as the database. */
class InMemoryPromoCodeRepositorySpec extends PromoCodeRepositoryContract {
    PromoCodeRepository promoCodes = new InMemoryPromoCodeRepository()
}
