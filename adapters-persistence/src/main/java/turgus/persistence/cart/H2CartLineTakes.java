package turgus.persistence.cart;

import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** On H2, which has no {@code DELETE … RETURNING}: the cart locked, its lines read, then deleted unless there are none. */
@Singleton
@Requires(property = "datasources.default.url", pattern = "jdbc:h2:.*")
final class H2CartLineTakes implements CartLineTakes {
    private final CartRowRepository carts;
    private final CartLineRowRepository lines;

    H2CartLineTakes(CartRowRepository carts, CartLineRowRepository lines) {
        this.carts = Objects.requireNonNull(carts, "carts");
        this.lines = Objects.requireNonNull(lines, "lines");
    }

    @Override
    public Optional<TakenCart> takeIfOpen(long owner) {
        return carts.findForUpdate(owner).map(cart -> {
            List<CartLineRow> taken = lines.findOfCart(owner);
            if (!taken.isEmpty()) {
                lines.deleteOfCart(owner);
            }
            return new TakenCart(cart.promoCode(), taken);
        });
    }
}
