package turgus.application.testing

import turgus.application.cart.port.out.CartRepository
import turgus.domain.account.UserId
import turgus.domain.cart.Cart

/** Carts in a map (stored as copies), for specs of the use cases; a failed unit of work puts them back. */
class InMemoryCartRepository implements CartRepository, RollsBack {
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
    synchronized Optional<Cart> emptyIfOpen(UserId owner) {
        if (!carts.containsKey(owner)) {
            return Optional.empty()
        }
        Cart held = lock(owner)
        carts[owner] = Cart.emptyFor(owner)
        Optional.of(held)
    }

    @Override
    synchronized Cart find(UserId owner) {
        carts.containsKey(owner) ? copy(carts[owner]) : Cart.emptyFor(owner)
    }

    @Override
    synchronized void save(Cart cart) {
        carts[cart.owner()] = copy(cart)
    }

    @Override
    synchronized Runnable checkpoint() {
        Map<UserId, Cart> saved = new LinkedHashMap<>(carts)
        return {
            synchronized (this) {
                carts.clear()
                carts.putAll(saved)
            }
        }
    }

    private static Cart copy(Cart cart) {
        Cart.restore(cart.owner(), cart.lines(), cart.promoCode().orElse(null))
    }
}
