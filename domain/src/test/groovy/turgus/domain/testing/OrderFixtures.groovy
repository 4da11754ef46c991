package turgus.domain.testing

import static turgus.domain.testing.CartFixtures.aCart
import static turgus.domain.testing.ProductFixtures.aProduct

import java.time.Instant
import turgus.domain.cart.CartPricing
import turgus.domain.catalog.Product
import turgus.domain.catalog.ProductId
import turgus.domain.discount.DiscountContext
import turgus.domain.order.Order
import turgus.domain.order.OrderId

/**
 * Test data for orders, placed the way a checkout places them: {@code anOrder().of(2, '4.50').build()}
 * is two items at 4.50 EUR, without discounts.
 */
class OrderFixtures {
    public static final Instant PLACED = Instant.parse('2026-11-21T15:00:00Z')

    static OrderBuilder anOrder() {
        new OrderBuilder()
    }

    static class OrderBuilder {
        private final Map<ProductId, Product> catalog = [:]
        private final List<List<Integer>> wanted = []
        private DiscountContext discounts = DiscountContext.none()
        private Long id
        private Instant at = PLACED

        OrderBuilder of(int quantity, String price) {
            long productId = catalog.size() + 1
            catalog[ProductId.of(productId)] = aProduct().withId(productId).named("Product $productId")
                    .priced(price).inStock(quantity).build()
            wanted << [productId as int, quantity]
            this
        }

        OrderBuilder discountedBy(DiscountContext value) { discounts = value; this }
        OrderBuilder withId(long value) { id = value; this }
        OrderBuilder placedAt(Instant value) { at = value; this }

        Order build() {
            if (wanted.isEmpty()) {
                of(1, '4.50')
            }
            def cart = aCart()
            wanted.each { cart.with(it[0], it[1]) }
            discounts.promoCode().ifPresent { cart.withPromoCode(it.code()) }
            def order = Order.place(new CartPricing().price(cart.build(), catalog, discounts, at), at)
            id == null ? order : Stored.withId(order, OrderId.of(id))
        }
    }
}
