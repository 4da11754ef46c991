package turgus.application.order;

import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.OptionalLong;
import turgus.application.cart.CartPricer;
import turgus.application.cart.port.out.CartRepository;
import turgus.application.catalog.port.out.ProductRepository;
import turgus.application.catalog.port.out.StockLedger;
import turgus.application.discount.port.out.PromoCodeRepository;
import turgus.application.idempotency.Idempotency;
import turgus.application.idempotency.RequestFingerprint;
import turgus.application.ledger.port.out.WalletRepository;
import turgus.application.order.port.in.CheckoutCommand;
import turgus.application.order.port.in.CheckoutUseCase;
import turgus.application.order.port.out.OrderRepository;
import turgus.application.shared.NotFoundException;
import turgus.application.shared.Transactions;
import turgus.domain.account.UserId;
import turgus.domain.cart.Cart;
import turgus.domain.cart.InsufficientStock;
import turgus.domain.cart.PricedCart;
import turgus.domain.catalog.Product;
import turgus.domain.discount.PromoCodeCheck;
import turgus.domain.discount.PromoCodeProblem;
import turgus.domain.ledger.Balance;
import turgus.domain.ledger.InsufficientBalance;
import turgus.domain.order.Order;

/**
 * Pays a cart in one transaction, in this order: lock the buyer's wallet (which also serialises the
 * buyer's idempotency keys), look the key up, lock the cart and empty it (answering what it held),
 * price it, take the stock of every line in ascending product id order, check the balance, count the
 * promo code's use, write the order, move the balance with its ledger row, remember the key. Every
 * refusal is found by a row count or a domain check, never by a violated constraint, and throws: the
 * whole transaction rolls back, the cart's lines and the stock taken with it.
 *
 * <p>A checkout's time is mostly its round trips to the database, so no step costs one per product
 * line. On PostgreSQL a checkout of a two-line cart, with an idempotency key and without promo code
 * or discount, runs these statements (besides the request's session check, one more):
 *
 * <ol>
 *   <li>{@code BEGIN} with {@code SELECT … FROM wallets … FOR UPDATE}
 *   <li>{@code SELECT … FROM idempotency_keys} (none without a key)
 *   <li>{@code SELECT … FROM carts … FOR UPDATE} and {@code DELETE FROM cart_lines … RETURNING …}, two
 *       statements in one round trip
 *   <li>{@code SELECT … FROM products WHERE id IN (…)}
 *   <li>the loyalty rule and tiers with the buyer's paid orders, one {@code SELECT}
 *   <li>the stock of every line: {@code WITH locked AS (… FOR NO KEY UPDATE) UPDATE products … RETURNING id}
 *   <li>the order, its lines and discounts, named after the account: {@code WITH o AS (INSERT INTO orders …
 *       SELECT … FROM users …), l AS (INSERT INTO order_lines …), d AS (INSERT INTO order_discounts …) SELECT
 *       id FROM o}
 *   <li>the balance and its ledger row: {@code WITH moved AS (UPDATE wallets …) INSERT INTO balance_movements …}
 *   <li>{@code INSERT INTO idempotency_keys … ON CONFLICT DO NOTHING} (none without a key)
 *   <li>{@code COMMIT}
 * </ol>
 *
 * <p>A promo code adds its read (pricing), its counted use and the cart's code cleared; a refusal of
 * stock adds a read of the short product; a buyer's first checkout adds the wallet's creation. H2 has
 * no data-modifying CTE and no {@code RETURNING}: there the cart, the stock, the order and the ledger
 * take the plain statements, one per product for the stock, and discounts one batch of {@code
 * order_discounts}. {@code CheckoutRoundTripsSpec} counts them on both databases.
 */
@Singleton
public final class CheckoutService implements CheckoutUseCase {
    static final String CHECKOUT = "CHECKOUT";
    /** Every checkout asks for the same thing: the cart as it is. */
    private static final RequestFingerprint FINGERPRINT = RequestFingerprint.of(CheckoutCommand.CANONICAL);

    private final WalletRepository wallets;
    private final CartRepository carts;
    private final CartPricer pricer;
    private final ProductRepository products;
    private final StockLedger stock;
    private final PromoCodeRepository promoCodes;
    private final OrderRepository orders;
    private final Idempotency idempotency;
    private final Transactions transactions;
    private final Clock clock;

    public CheckoutService(
            WalletRepository wallets,
            CartRepository carts,
            CartPricer pricer,
            ProductRepository products,
            StockLedger stock,
            PromoCodeRepository promoCodes,
            OrderRepository orders,
            Idempotency idempotency,
            Transactions transactions,
            Clock clock) {
        this.wallets = Objects.requireNonNull(wallets, "wallets");
        this.carts = Objects.requireNonNull(carts, "carts");
        this.pricer = Objects.requireNonNull(pricer, "pricer");
        this.products = Objects.requireNonNull(products, "products");
        this.stock = Objects.requireNonNull(stock, "stock");
        this.promoCodes = Objects.requireNonNull(promoCodes, "promoCodes");
        this.orders = Objects.requireNonNull(orders, "orders");
        this.idempotency = Objects.requireNonNull(idempotency, "idempotency");
        this.transactions = Objects.requireNonNull(transactions, "transactions");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public Order checkout(CheckoutCommand command) {
        UserId buyer = command.customer();
        return transactions.inTransaction(() -> {
            Balance balance = lockWallet(buyer);
            OptionalLong earlier = idempotency.earlierResult(buyer, command.idempotencyKey(), CHECKOUT, FINGERPRINT);
            if (earlier.isPresent()) {
                return orders.findById(turgus.domain.order.OrderId.of(earlier.getAsLong()))
                        .orElseThrow(() -> new IllegalStateException("A remembered checkout has its order"));
            }
            Cart cart = carts.emptyIfOpen(buyer).orElseThrow(Order::emptyCart);
            if (cart.isEmpty()) {
                throw Order.emptyCart();
            }
            Instant now = clock.instant();
            PricedCart priced = pricer.price(cart, now);
            Order order = Order.place(priced, now);
            takeStock(order);
            if (order.total().isGreaterThan(balance.amount())) {
                throw new InsufficientBalance(order.total(), balance.amount());
            }
            order.promoCode().ifPresent(code -> {
                if (!promoCodes.countUse(code)) {
                    new PromoCodeCheck(code, PromoCodeProblem.USED_UP, null).throwIfNotApplicable();
                }
            });
            Order stored = orders.addForAccount(order)
                    .orElseThrow(() -> NotFoundException.of(NotFoundException.Resource.USER, buyer.value()));
            wallets.record(buyer, balance.pay(stored.total(), stored.requireId(), now));
            idempotency.remember(
                    buyer,
                    command.idempotencyKey(),
                    CHECKOUT,
                    FINGERPRINT,
                    stored.requireId().value());
            return stored;
        });
    }

    /**
     * Locks the buyer's wallet, which also serialises the buyer's idempotency keys. A buyer who never
     * had a wallet gets one here, inside the transaction: almost every buyer has one already, so the
     * common checkout spends no statement (and no commit of its own) on creating it.
     */
    private Balance lockWallet(UserId buyer) {
        return wallets.lockIfOpen(buyer).orElseGet(() -> {
            wallets.open(buyer);
            return wallets.lock(buyer);
        });
    }

    /**
     * Takes every line's items at once; when a product is short, reads it to say how many are left
     * (the transaction rolls back, giving back whatever else was taken).
     */
    private void takeStock(Order order) {
        List<StockLedger.Line> lines = order.lines().stream()
                .map(line -> new StockLedger.Line(line.productId(), line.quantity()))
                .toList();
        stock.takeAll(lines).ifPresent(id -> {
            int wanted = StockLedger.summed(lines).get(id);
            Product current = products.findById(id)
                    .orElseThrow(() -> NotFoundException.of(NotFoundException.Resource.PRODUCT, id.value()));
            int available = current.isActive() ? current.stock() : 0;
            throw new InsufficientStock(id, current.name().value(), wanted, available);
        });
    }
}
