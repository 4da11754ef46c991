package turgus.application.testing

import turgus.application.cart.port.out.CartRepository
import turgus.domain.account.UserId
import turgus.domain.cart.Cart

/** Carts in a map (stored as copies), for specs of the use cases. */
class InMemoryCartRepository implements CartRepository {
    final Map<UserId, Cart> carts = [:]
    final List<UserId> locked = []

    @Override
    synchronized void open(UserId owner) {
        carts.putIfAbsent(owner, Cart.emptyFor(owner))
    }

    @Override
    synchronized Cart lock(UserId owner) {
        if (!carts.containsKey(owner)) {
            throw new IllegalStateException('not opened')
        }
        locked << owner
        copy(carts[owner])
    }

    @Override
    synchronized Optional<Cart> lockIfOpen(UserId owner) {
        if (!carts.containsKey(owner)) {
            return Optional.empty()
        }
        Optional.of(lock(owner))
    }

    @Override
    synchronized void empty(Cart paid) {
        carts[paid.owner()] = Cart.emptyFor(paid.owner())
    }

    @Override
    synchronized Cart find(UserId owner) {
        carts.containsKey(owner) ? copy(carts[owner]) : Cart.emptyFor(owner)
    }

    @Override
    synchronized void save(Cart cart) {
        carts[cart.owner()] = copy(cart)
    }

    private static Cart copy(Cart cart) {
        Cart.restore(cart.owner(), cart.lines(), cart.promoCode().orElse(null))
    }
}
