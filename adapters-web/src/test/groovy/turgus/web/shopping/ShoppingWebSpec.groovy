package turgus.web.shopping

import turgus.web.testing.Reply
import turgus.web.testing.TestUser
import turgus.web.testing.WebSpec

/** HTTP specs of the shopping routes: products, money and carts made over the API itself. */
abstract class ShoppingWebSpec extends WebSpec {

    /** Shopping is not about the hash of a password: its specs make many accounts, each signed in. */
    @Override
    protected boolean fastHashing() {
        true
    }

    /** A new active product, added by the admin; answers its id. */
    long addProduct(String name = "Tea ${UUID.randomUUID().toString().substring(0, 8)}", String price = '10.00', int stock = 10) {
        Reply reply = post('/api/admin/products', [name: name, description: "About ${name}", price: new BigDecimal(price), stock: stock], admin.accessToken)
        assert reply.status == 201: reply
        reply.json.id as long
    }

    /** A new signed-in customer with this much money. */
    TestUser buyerWith(String balance) {
        TestUser buyer = newUser()
        if (new BigDecimal(balance) > 0) {
            topUp(buyer, balance)
        }
        buyer
    }

    void topUp(TestUser user, String amount) {
        Reply reply = post('/api/me/balance/top-ups', [amount: new BigDecimal(amount)], user.accessToken)
        assert reply.status == 201: reply
    }

    Reply addToCart(TestUser user, long productId, int quantity = 1) {
        post('/api/cart/items', [productId: productId, quantity: quantity], user.accessToken)
    }

    Reply checkout(TestUser user, String idempotencyKey = null) {
        post('/api/orders', null, user.accessToken, idempotencyKey ? ['Idempotency-Key': idempotencyKey] : [:])
    }

    BigDecimal balanceOf(TestUser user) {
        get('/api/me/balance', user.accessToken).json.balance as BigDecimal
    }

    int stockOf(long productId) {
        get("/api/admin/products/${productId}", admin.accessToken).json.stock as int
    }
}
