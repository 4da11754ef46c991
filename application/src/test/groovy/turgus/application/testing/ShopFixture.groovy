package turgus.application.testing

import spock.lang.Specification
import turgus.application.cart.CartPricer
import turgus.application.cart.CartService
import turgus.application.cart.port.in.AddToCartCommand
import turgus.application.discount.PromoCodeAdministrationService
import turgus.application.idempotency.Idempotency
import turgus.application.ledger.BalanceService
import turgus.application.ledger.port.in.TopUpCommand
import turgus.application.loyalty.LoyaltyService
import turgus.application.loyalty.port.out.LoyaltySettingsRepository
import turgus.application.order.CheckoutService
import turgus.application.order.OrderQueryService
import turgus.application.order.RefundService
import turgus.domain.account.Account
import turgus.domain.account.Email
import turgus.domain.account.FullName
import turgus.domain.account.PhoneNumber
import turgus.domain.account.Role
import turgus.domain.account.UserId
import turgus.domain.catalog.Product
import turgus.domain.catalog.ProductDescription
import turgus.domain.catalog.ProductId
import turgus.domain.catalog.ProductName
import turgus.domain.loyalty.LoyaltyPolicy
import turgus.domain.shared.Money

/** The shopping services over in-memory ports, and helpers to set up customers, products and carts. */
abstract class ShopFixture extends Specification {
    MutableClock clock = new MutableClock()
    InMemoryWalletRepository wallets = new InMemoryWalletRepository()
    InMemoryAccountRepository accounts = new InMemoryAccountRepository()
    InMemoryProductRepository products = new InMemoryProductRepository()
    InMemoryStockLedger stock = new InMemoryStockLedger(products)
    InMemoryCartRepository carts = new InMemoryCartRepository()
    InMemoryPromoCodeRepository promoCodes = new InMemoryPromoCodeRepository()
    InMemoryOrderRepository orders = new InMemoryOrderRepository(accounts: accounts)
    InMemoryIdempotencyStore keys = new InMemoryIdempotencyStore()
    DirectTransactions transactions = new DirectTransactions(carts)
    InMemoryAuditLog audit = new InMemoryAuditLog()
    /** The admin who refunds, adjusts and changes discounts in these specs. */
    UserId admin = UserId.of(900)
    LoyaltyPolicy policy = LoyaltyPolicy.DEFAULT
    LoyaltySettingsRepository settings = new LoyaltySettingsRepository() {
        LoyaltyPolicy load() { policy }

        LoyaltySettingsRepository.Standing loadWithPurchasesOf(UserId customer) {
            new LoyaltySettingsRepository.Standing(policy, orders.purchaseStatsOf(customer))
        }

        void save(LoyaltyPolicy changed) { policy = changed }
    }

    Idempotency idempotency = new Idempotency(keys, clock)
    LoyaltyService loyalty = new LoyaltyService(settings, audit, transactions, clock)
    CartPricer pricer = new CartPricer(products, promoCodes, loyalty)
    BalanceService balances = new BalanceService(wallets, accounts, idempotency, audit, transactions, clock)
    CartService cartService = new CartService(carts, products, promoCodes, pricer, transactions, clock)
    CheckoutService checkout = new CheckoutService(wallets, carts, pricer, products, stock, promoCodes, orders,
            idempotency, transactions, clock)
    OrderQueryService orderQueries = new OrderQueryService(orders)
    RefundService refunds = new RefundService(orders, wallets, stock, audit, transactions, clock)
    PromoCodeAdministrationService promoAdmin = new PromoCodeAdministrationService(promoCodes, audit, transactions, clock)

    private int people

    UserId customer(String balance = null) {
        people++
        UserId id = accounts.add(Account.open(new FullName("Customer ${people}"), Email.of("c${people}@example.com"),
                new PhoneNumber("+7900123${String.format('%04d', people)}"), 'hash', EnumSet.of(Role.CUSTOMER),
                clock.instant())).id()
        wallets.open(id)
        if (balance != null) {
            balances.topUp(TopUpCommand.of(id, new BigDecimal(balance), null))
        }
        id
    }

    ProductId product(String name, String price, int inStock) {
        products.add(Product.add(new ProductName(name), new ProductDescription(''), Money.of(price), inStock,
                clock.instant())).requireId()
    }

    void putInCart(UserId customer, ProductId product, int quantity) {
        cartService.add(AddToCartCommand.of(customer, [new AddToCartCommand.Item(product.value(), quantity)]))
    }

    int stockOf(ProductId id) {
        products.findById(id).get().stock()
    }
}
