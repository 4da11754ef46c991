package turgus.persistence.order

import turgus.application.order.port.out.OrderRepository
import turgus.application.testing.InMemoryOrderRepository

/** The application specs' fake keeps the same promises as the database. */
class InMemoryOrderRepositorySpec extends OrderRepositoryContract {
    OrderRepository orders = new InMemoryOrderRepository()
}
