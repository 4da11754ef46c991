package turgus.persistence.shopping

import groovy.transform.CompileStatic
import turgus.application.account.port.out.AccountRepository
import turgus.application.cart.CartPricer
import turgus.application.cart.CartService
import turgus.application.cart.port.out.CartRepository
import turgus.application.catalog.port.out.ProductRepository
import turgus.application.catalog.port.out.StockLedger
import turgus.application.discount.PromoCodeAdministrationService
import turgus.application.discount.port.out.PromoCodeRepository
import turgus.application.idempotency.Idempotency
import turgus.application.idempotency.port.out.IdempotencyStore
import turgus.application.ledger.BalanceService
import turgus.application.ledger.port.out.WalletRepository
import turgus.application.loyalty.LoyaltyService
import turgus.application.loyalty.port.out.LoyaltySettingsRepository
import turgus.application.order.CheckoutService
import turgus.application.order.OrderQueryService
import turgus.application.order.RefundService
import turgus.application.order.port.out.OrderRepository
import turgus.application.shared.Transactions
import turgus.application.audit.port.out.AuditEvent
import turgus.application.audit.port.out.AuditLog
import turgus.domain.account.UserId

import java.time.Clock

/**
 * The shopping services wired by hand over the real adapters, as the application's factory wires
 * them, so that specs call the use cases against a real database.
 */
@CompileStatic
class Shop {
    final BalanceService balances
    final CartService carts
    final CheckoutService checkout
    final OrderQueryService orders
    final RefundService refunds
    final LoyaltyService loyalty
    final PromoCodeAdministrationService promoCodes
    final Idempotency idempotency
    /** The admin who refunds, adjusts and changes discounts here; their events are kept in {@link #events}. */
    static final UserId ADMIN = UserId.of(1_000_000)
    final List<AuditEvent> events = Collections.synchronizedList(new ArrayList<AuditEvent>())

    Shop(WalletRepository wallets, CartRepository cartRepository, ProductRepository products, StockLedger stock,
         PromoCodeRepository promoCodeRepository, OrderRepository orderRepository, AccountRepository accounts,
         LoyaltySettingsRepository loyaltySettings, IdempotencyStore idempotencyStore, Transactions transactions,
         Clock clock = Clock.systemUTC()) {
        idempotency = new Idempotency(idempotencyStore, clock)
        AuditLog audit = { AuditEvent event -> events.add(event) } as AuditLog
        loyalty = new LoyaltyService(loyaltySettings, audit, transactions, clock)
        CartPricer pricer = new CartPricer(products, promoCodeRepository, loyalty)
        balances = new BalanceService(wallets, accounts, idempotency, audit, transactions, clock)
        carts = new CartService(cartRepository, products, promoCodeRepository, pricer, transactions, clock)
        checkout = new CheckoutService(wallets, cartRepository, pricer, products, stock, promoCodeRepository,
                orderRepository, idempotency, transactions, clock)
        orders = new OrderQueryService(orderRepository)
        refunds = new RefundService(orderRepository, wallets, stock, audit, transactions, clock)
        promoCodes = new PromoCodeAdministrationService(promoCodeRepository, audit, transactions, clock)
    }
}
