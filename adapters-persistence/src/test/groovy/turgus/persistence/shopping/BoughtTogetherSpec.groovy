package turgus.persistence.shopping

import io.micronaut.test.extensions.spock.annotation.MicronautTest
import turgus.application.order.port.in.CheckoutCommand
import turgus.domain.account.UserId
import turgus.domain.catalog.ProductId
import turgus.domain.order.Order

import java.time.Instant

/** "Bought together" is read from paid orders, on the real database. */
@MicronautTest(transactional = false)
class BoughtTogetherSpec extends ShoppingSpecification {
    ProductId tea, cup, kettle, sugar, spoon

    def setup() {
        tea = product('4.00', 50)
        cup = product('6.00', 50)
        kettle = product('30.00', 50)
        sugar = product('2.00', 50)
        spoon = product('1.00', 50)
    }

    Order buy(List<ProductId> basket) {
        UserId buyer = customer('500')
        basket.each { putInCart(buyer, it, 1) }
        shop.checkout.checkout(CheckoutCommand.of(buyer, null))
    }

    def "the products paid for in the same orders come first when they were bought together most often"() {
        given:
        buy([tea, cup, kettle])
        buy([tea, cup])
        buy([tea, cup, sugar])
        buy([tea, kettle])
        buy([cup, spoon])

        expect:
        products.boughtTogetherWith(tea, 10)*.requireId() == [cup, kettle, sugar]
        products.boughtTogetherWith(spoon, 10)*.requireId() == [cup]
        products.boughtTogetherWith(tea, 2)*.requireId() == [cup, kettle]
    }

    def "a refunded order and a withdrawn product do not count"() {
        given:
        buy([tea, cup])
        Order givenBack = buy([tea, kettle])
        buy([tea, sugar])
        shop.refunds.refund(givenBack.requireId(), Shop.ADMIN)
        products.saveDetails(products.findById(sugar).get().withdraw(Instant.now()))

        expect:
        products.boughtTogetherWith(tea, 10)*.requireId() == [cup]
    }

    def "a product nobody bought with anything has no companions"() {
        given:
        buy([spoon])

        expect:
        products.boughtTogetherWith(spoon, 10) == []
        products.boughtTogetherWith(tea, 10) == []
    }
}
