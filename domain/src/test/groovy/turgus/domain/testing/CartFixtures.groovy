package turgus.domain.testing

import turgus.domain.account.UserId
import turgus.domain.cart.Cart
import turgus.domain.cart.CartLine
import turgus.domain.catalog.ProductId

/** Test data for carts: {@code aCart().with(1, 2).with(3, 1).withPromoCode('WELCOME').build()}. */
class CartFixtures {
    public static final UserId CUSTOMER = UserId.of(42)

    static CartBuilder aCart() {
        new CartBuilder()
    }

    static CartLine line(long productId, int quantity) {
        CartLine.of(ProductId.of(productId), quantity)
    }

    static ProductId product(long id) {
        ProductId.of(id)
    }

    static class CartBuilder {
        private UserId owner = CUSTOMER
        private final List<CartLine> lines = []
        private String promoCode

        CartBuilder ownedBy(long userId) { owner = UserId.of(userId); this }
        CartBuilder with(long productId, int quantity) { lines << line(productId, quantity); this }
        CartBuilder withPromoCode(String code) { promoCode = code; this }

        Cart build() {
            Cart.restore(owner, lines, promoCode)
        }
    }
}
