package turgus.persistence.order

import turgus.application.order.port.out.OrderRepository
import turgus.application.testing.InMemoryAccountRepository
import turgus.application.testing.InMemoryOrderRepository
import turgus.domain.account.UserId

import static turgus.persistence.testing.AccountBuilder.anAccount

/** The application specs' fake keeps the same promises as the database. */
class InMemoryOrderRepositorySpec extends OrderRepositoryContract {
    InMemoryAccountRepository accounts = new InMemoryAccountRepository()
    OrderRepository orders = new InMemoryOrderRepository(accounts: accounts)

    @Override
    UserId customer(String fullName, String email) {
        accounts.add(anAccount().named(fullName).withEmail(email).build()).id()
    }
}
