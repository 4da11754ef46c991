package turgus.persistence.shopping

import jakarta.inject.Inject
import spock.lang.Specification
import turgus.application.account.port.out.AccountRepository
import turgus.application.cart.port.in.AddToCartCommand
import turgus.application.cart.port.out.CartRepository
import turgus.application.catalog.port.out.ProductRepository
import turgus.application.catalog.port.out.StockLedger
import turgus.application.discount.port.out.PromoCodeRepository
import turgus.application.idempotency.port.out.IdempotencyStore
import turgus.application.ledger.port.in.TopUpCommand
import turgus.application.ledger.port.out.WalletRepository
import turgus.application.loyalty.port.out.LoyaltySettingsRepository
import turgus.application.order.port.out.OrderRepository
import turgus.application.shared.Transactions
import turgus.domain.account.UserId
import turgus.domain.catalog.ProductId
import turgus.domain.testing.Ledger
import turgus.persistence.testing.OnTestDatabase

import javax.sql.DataSource
import java.util.concurrent.Callable
import java.util.concurrent.CountDownLatch
import java.util.concurrent.ExecutorService
import java.util.concurrent.Executors
import java.util.concurrent.TimeUnit

import static turgus.persistence.testing.AccountBuilder.anAccount
import static turgus.persistence.testing.ProductBuilder.aProduct

/** A fresh database per spec, the shop wired over it, and helpers to set up customers and carts. */
abstract class ShoppingSpecification extends Specification implements OnTestDatabase {
    @Inject WalletRepository wallets
    @Inject CartRepository cartRepository
    @Inject ProductRepository products
    @Inject StockLedger stock
    @Inject PromoCodeRepository promoCodeRepository
    @Inject OrderRepository orderRepository
    @Inject AccountRepository accounts
    @Inject LoyaltySettingsRepository loyaltySettings
    @Inject IdempotencyStore idempotencyStore
    @Inject Transactions transactions
    @Inject DataSource dataSource

    Shop shop

    /** Every customer a feature created: after each feature, each balance must equal its ledger's sum. */
    List<UserId> customers = []

    def setup() {
        shop = new Shop(wallets, cartRepository, products, stock, promoCodeRepository, orderRepository, accounts,
                loyaltySettings, idempotencyStore, transactions)
    }

    @Override
    void checkBeforeEmptying() {
        customers.each { assert balanceAgreesWithLedger(it): "the balance of user ${it.value()} equals its ledger" }
    }

    UserId customer(String balance = null) {
        UserId id = accounts.add(anAccount().build()).id()
        customers << id
        if (balance != null) {
            shop.balances.topUp(TopUpCommand.of(id, new BigDecimal(balance), null))
        }
        id
    }

    ProductId product(String price, int stock) {
        products.add(aProduct().pricedAt(price).withStock(stock).build()).requireId()
    }

    void putInCart(UserId customer, ProductId product, int quantity) {
        shop.carts.add(AddToCartCommand.of(customer, [new AddToCartCommand.Item(product.value(), quantity)]))
    }

    /** Whether the stored balance equals the sum of the ledger, and every balance after adds up. */
    boolean balanceAgreesWithLedger(UserId customer) {
        Ledger.of(wallets.ledger(customer)).agreesWith(wallets.balanceOf(customer).amount())
    }

    static <T> List<T> atOnce(int callers, Closure<T> work) {
        ExecutorService pool = Executors.newFixedThreadPool(callers)
        CountDownLatch start = new CountDownLatch(1)
        try {
            def futures = (0..<callers).collect { int index ->
                pool.submit({ ->
                    start.await()
                    work(index)
                } as Callable<T>)
            }
            start.countDown()
            futures.collect { it.get(120, TimeUnit.SECONDS) }
        } finally {
            pool.shutdownNow()
        }
    }
}
