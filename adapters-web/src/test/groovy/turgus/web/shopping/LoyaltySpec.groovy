package turgus.web.shopping

import io.micronaut.test.extensions.spock.annotation.MicronautTest
import turgus.web.testing.Reply
import turgus.web.testing.TestUser

/** The loyalty status on the profile, and the loyalty discount in the cart and the order. */
@MicronautTest(transactional = false)
class LoyaltySpec extends ShoppingWebSpec {

    void "a new customer is not loyal yet and sees how far it is"() {
        when:
        Reply reply = get('/api/me', newUser().accessToken)

        then:
        reply.status == 200
        with(reply.json.loyalty) {
            loyal == false
            tier == null
            discountPercent == 0
            completedOrders == 0
            totalSpent == 0
            ordersToNext > 0
            spendToNext > 0
            progress.contains('to become loyal')
        }
    }

    void "spending more than the threshold makes a customer loyal, and the next cart and order get the discount"() {
        given:
        TestUser buyer = buyerWith('2000')
        long tea = addProduct('Gift hamper', '501.00', 10)
        addToCart(buyer, tea, 1)
        assert checkout(buyer).status == 201

        when:
        Map loyalty = get('/api/me', buyer.accessToken).json.loyalty as Map
        addToCart(buyer, tea, 1)
        Map cart = get('/api/cart', buyer.accessToken).json as Map
        Reply order = checkout(buyer)

        then:
        loyalty.loyal == true
        loyalty.tier == 'Loyal'
        loyalty.discountPercent == 5
        loyalty.completedOrders == 1
        loyalty.totalSpent == 501
        cart.discounts.size() == 1
        cart.discounts[0].amount == 25.05
        cart.total == 475.95
        order.status == 201
        order.json.discounts == cart.discounts
        order.json.total == 475.95
        balanceOf(buyer) == 2000 - 501 - 475.95
    }
}
