package turgus.persistence.cart;

import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import turgus.application.cart.port.out.CartRepository;
import turgus.application.shared.Transactions;
import turgus.domain.account.UserId;
import turgus.domain.cart.Cart;
import turgus.domain.cart.CartLine;
import turgus.domain.catalog.ProductId;
import turgus.persistence.shared.Sql;
import turgus.persistence.shared.SqlErrors;

/**
 * Carts in {@code carts} (one row per customer, the lock and the promo code) and {@code cart_lines}
 * (in the order the products were first added, with when). Saving rewrites the lines inside one
 * transaction, keeping each product's first {@code added_at}.
 */
@Singleton
public final class JdbcCartRepository implements CartRepository {
    private final Sql sql;
    private final Transactions transactions;
    /** Only for {@code cart_lines.added_at}, which no rule reads: when a product first went into the cart. */
    private final Clock clock = Clock.systemUTC();

    JdbcCartRepository(Sql sql, Transactions transactions) {
        this.sql = Objects.requireNonNull(sql, "sql");
        this.transactions = Objects.requireNonNull(transactions, "transactions");
    }

    @Override
    public void open(UserId owner) {
        try {
            sql.update("INSERT INTO carts (user_id) VALUES (?) ON CONFLICT DO NOTHING", owner.value());
        } catch (RuntimeException e) {
            if (!SqlErrors.isUniqueViolation(e)) {
                throw e;
            }
        }
    }

    @Override
    public Cart lock(UserId owner) {
        Optional<String> promo = sql.one(
                        "SELECT user_id, promo_code FROM carts WHERE user_id = ? FOR UPDATE",
                        row -> Optional.ofNullable(row.getString("promo_code")),
                        owner.value())
                .orElseThrow(() -> new IllegalStateException("Open the cart of user " + owner.value() + " first"));
        return Cart.restore(owner, lines(owner), promo.orElse(null));
    }

    @Override
    public Cart find(UserId owner) {
        Optional<Optional<String>> stored = sql.one(
                "SELECT promo_code FROM carts WHERE user_id = ?",
                row -> Optional.ofNullable(row.getString("promo_code")),
                owner.value());
        if (stored.isEmpty()) {
            return Cart.emptyFor(owner);
        }
        return Cart.restore(owner, lines(owner), stored.get().orElse(null));
    }

    @Override
    public void save(Cart cart) {
        UserId owner = cart.owner();
        transactions.run(() -> {
            open(owner);
            sql.update(
                    "UPDATE carts SET promo_code = ? WHERE user_id = ?",
                    Sql.orNull(cart.promoCode().orElse(null)),
                    owner.value());
            Map<Long, Instant> addedAt = new HashMap<>();
            sql.list(
                    "SELECT product_id, added_at FROM cart_lines WHERE user_id = ?",
                    row -> addedAt.put(row.getLong("product_id"), Sql.instant(row, "added_at")),
                    owner.value());
            sql.update("DELETE FROM cart_lines WHERE user_id = ?", owner.value());
            List<CartLine> lines = cart.lines();
            Instant now = clock.instant();
            for (int i = 0; i < lines.size(); i++) {
                CartLine line = lines.get(i);
                sql.update(
                        "INSERT INTO cart_lines (user_id, product_id, quantity, line_no, added_at) VALUES (?, ?, ?, ?, ?)",
                        owner.value(),
                        line.productId().value(),
                        line.quantity().value(),
                        i,
                        addedAt.getOrDefault(line.productId().value(), now));
            }
        });
    }

    private List<CartLine> lines(UserId owner) {
        return sql.list(
                "SELECT product_id, quantity FROM cart_lines WHERE user_id = ? ORDER BY line_no",
                row -> CartLine.of(ProductId.of(row.getLong("product_id")), row.getInt("quantity")),
                owner.value());
    }
}
