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
 * buyer's idempotency keys), lock the cart, price it (its products read in one statement), take the
 * stock product by product in ascending id order, check the balance, count the promo code's use,
 * write the order and the purchase in the ledger, empty the cart. Each step costs one statement, or
 * one per product line: a checkout's time is mostly its round trips to the database. Every refusal is found by a row count or a domain check, never by a
 * violated constraint, and throws: the whole transaction rolls back.
 */
@Singleton
public final class CheckoutService implements CheckoutUseCase {
    static final String CHECKOUT = "CHECKOUT";

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
        RequestFingerprint fingerprint = RequestFingerprint.of(CheckoutCommand.CANONICAL);
        return transactions.inTransaction(() -> {
            Balance balance = lockWallet(buyer);
            OptionalLong earlier = idempotency.earlierResult(buyer, command.idempotencyKey(), CHECKOUT, fingerprint);
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
            takeStock(order, now);
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
                    fingerprint,
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
    private void takeStock(Order order, Instant now) {
        List<StockLedger.Line> lines = order.lines().stream()
                .map(line -> new StockLedger.Line(line.productId(), line.quantity()))
                .toList();
        stock.takeAll(lines, now).ifPresent(id -> {
            int wanted = StockLedger.summed(lines).get(id);
            Product current = products.findById(id)
                    .orElseThrow(() -> NotFoundException.of(NotFoundException.Resource.PRODUCT, id.value()));
            int available = current.isActive() ? current.stock() : 0;
            throw new InsufficientStock(id, current.name().value(), wanted, available);
        });
    }
}
