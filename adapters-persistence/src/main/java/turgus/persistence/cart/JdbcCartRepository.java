package turgus.persistence.cart;

import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import turgus.application.cart.port.out.CartRepository;
import turgus.domain.account.UserId;
import turgus.domain.cart.Cart;
import turgus.domain.cart.CartLine;
import turgus.domain.catalog.ProductId;
import turgus.persistence.shared.DatabaseTime;
import turgus.persistence.shared.JdbcTransactions;
import turgus.persistence.shared.SqlErrors;

/**
 * Carts in {@code carts} (one row per customer, the lock and the promo code) and {@code cart_lines}
 * (in the order the products were first added, with when). Saving rewrites the lines inside one
 * transaction, keeping each product's first {@code added_at}.
 */
@Singleton
public final class JdbcCartRepository implements CartRepository {
    private final CartRowRepository carts;
    private final CartLineRowRepository lines;
    private final CartLineTakes takes;
    private final JdbcTransactions transactions;
    /** Only for {@code cart_lines.added_at}, which no rule reads: when a product first went into the cart. */
    private final Clock clock = Clock.systemUTC();

    JdbcCartRepository(
            CartRowRepository carts, CartLineRowRepository lines, CartLineTakes takes, JdbcTransactions transactions) {
        this.carts = Objects.requireNonNull(carts, "carts");
        this.lines = Objects.requireNonNull(lines, "lines");
        this.takes = Objects.requireNonNull(takes, "takes");
        this.transactions = Objects.requireNonNull(transactions, "transactions");
    }

    @Override
    public void open(UserId owner) {
        try {
            carts.insertIfMissing(owner.value());
        } catch (RuntimeException e) {
            if (!SqlErrors.isUniqueViolation(e)) {
                throw e;
            }
        }
    }

    @Override
    public Cart lock(UserId owner) {
        CartRow cart = carts.findForUpdate(owner.value())
                .orElseThrow(() -> new IllegalStateException("Open the cart of user " + owner.value() + " first"));
        return Cart.restore(owner, linesOf(owner), cart.promoCode());
    }

    @Override
    public Optional<Cart> emptyIfOpen(UserId owner) {
        return takes.takeIfOpen(owner.value()).map(cart -> {
            List<CartLine> taken = cart.lines().stream()
                    .map(row -> CartLine.of(ProductId.of(row.productId()), row.quantity()))
                    .toList();
            if (cart.promoCode() != null) {
                carts.updatePromoCode(owner.value(), null);
            }
            return Cart.restore(owner, taken, cart.promoCode());
        });
    }

    @Override
    public Cart find(UserId owner) {
        return carts.findById(owner.value())
                .map(cart -> Cart.restore(owner, linesOf(owner), cart.promoCode()))
                .orElseGet(() -> Cart.emptyFor(owner));
    }

    @Override
    public void save(Cart cart) {
        UserId owner = cart.owner();
        transactions.run(() -> {
            open(owner);
            carts.updatePromoCode(owner.value(), cart.promoCode().orElse(null));
            Map<Long, Instant> addedAt = lines.findOfCart(owner.value()).stream()
                    .collect(Collectors.toMap(CartLineRow::productId, CartLineRow::addedAt));
            lines.deleteOfCart(owner.value());
            List<CartLine> cartLines = cart.lines();
            Instant now = DatabaseTime.of(clock.instant());
            for (int i = 0; i < cartLines.size(); i++) {
                CartLine line = cartLines.get(i);
                lines.insert(
                        owner.value(),
                        line.productId().value(),
                        line.quantity().value(),
                        i,
                        addedAt.getOrDefault(line.productId().value(), now));
            }
        });
    }

    private List<CartLine> linesOf(UserId owner) {
        return lines.findOfCart(owner.value()).stream()
                .map(row -> CartLine.of(ProductId.of(row.productId()), row.quantity()))
                .toList();
    }
}
