package turgus.persistence.cart;

import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.Objects;

/** On H2, which has no {@code DELETE … RETURNING}: the lines read, then deleted unless there are none. */
@Singleton
@Requires(property = "datasources.default.url", pattern = "jdbc:h2:.*")
final class H2CartLineTakes implements CartLineTakes {
    private final CartLineRowRepository lines;

    H2CartLineTakes(CartLineRowRepository lines) {
        this.lines = Objects.requireNonNull(lines, "lines");
    }

    @Override
    public List<CartLineRow> takeLines(long owner) {
        List<CartLineRow> taken = lines.findOfCart(owner);
        if (!taken.isEmpty()) {
            lines.deleteOfCart(owner);
        }
        return taken;
    }
}
