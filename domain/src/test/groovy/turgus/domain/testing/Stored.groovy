package turgus.domain.testing

import turgus.domain.account.Account
import turgus.domain.account.UserId
import turgus.domain.catalog.Product
import turgus.domain.catalog.ProductId
import turgus.domain.order.Order
import turgus.domain.order.OrderId

/**
 * A new aggregate as a store answers it once it has given it an id: what the in-memory fakes hand
 * back, and what the repository contracts expect from the database. Only specs need this; the shop's
 * own code gets stored aggregates from its repositories.
 */
final class Stored {
    private Stored() {}

    static Product withId(Product product, ProductId id) {
        product.toBuilder().id(id).build()
    }

    static Account withId(Account account, UserId id) {
        new Account(id, account.fullName(), account.email(), account.phone(), account.passwordHash(), account.roles(),
                account.status(), account.pictureName(), account.createdAt(), account.lastLoginAt())
    }

    static Order withId(Order order, OrderId id) {
        Order.restore(id, order.customer(), order.lines(), order.subtotal(), order.discounts(), order.total(),
                order.promoCode().orElse(null), order.status(), order.createdAt(), order.refundedAt().orElse(null))
    }
}
