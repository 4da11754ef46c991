package turgus.persistence.cart

import io.micronaut.test.extensions.spock.annotation.MicronautTest
import jakarta.inject.Inject
import turgus.application.cart.port.out.CartRepository
import turgus.application.catalog.port.out.ProductRepository
import turgus.application.shared.Transactions
import turgus.domain.cart.Cart
import turgus.domain.cart.CartLine
import turgus.domain.catalog.ProductId
import turgus.domain.shared.Quantity
import turgus.persistence.testing.OnTestDatabase

import javax.sql.DataSource
import java.util.concurrent.Callable
import java.util.concurrent.CountDownLatch
import java.util.concurrent.ExecutorService
import java.util.concurrent.Executors
import java.util.concurrent.Future
import java.util.concurrent.TimeUnit
import java.util.concurrent.atomic.AtomicBoolean
import java.util.function.Supplier

import static turgus.persistence.testing.ProductBuilder.aProduct

@MicronautTest(transactional = false)
class JdbcCartRepositorySpec extends CartRepositoryContract implements OnTestDatabase {
    @Inject
    CartRepository carts

    @Inject
    ProductRepository products

    @Inject
    Transactions transactions

    @Inject
    DataSource dataSource

    def "a checkout that waits for a cart being saved takes the lines as saved"() {
        given: 'a cart of one line'
        ProductId earlier = products.add(aProduct().build()).requireId()
        ProductId first = products.add(aProduct().build()).requireId()
        ProductId second = products.add(aProduct().build()).requireId()
        Cart cart = Cart.emptyFor(ANN)
        cart.add(earlier, Quantity.of(1))
        carts.save(cart)
        def saved = new CountDownLatch(1)
        def checkoutStarted = new CountDownLatch(1)
        def paid = new AtomicBoolean()
        def checkoutWaited = new AtomicBoolean()
        ExecutorService threads = Executors.newFixedThreadPool(2)

        when: 'a transaction replaces its line with two, and holds the cart while a checkout starts'
        Future<?> saving = threads.submit {
            transactions.run {
                Cart replaced = Cart.emptyFor(ANN)
                replaced.add(first, Quantity.of(2))
                replaced.add(second, Quantity.of(1))
                carts.save(replaced)
                saved.countDown()
                checkoutStarted.await(10, TimeUnit.SECONDS)
                Thread.sleep(300)
                checkoutWaited.set(!paid.get())
            }
        }
        assert saved.await(10, TimeUnit.SECONDS)
        Future<Cart> paying = threads.submit({
            checkoutStarted.countDown()
            Cart emptied = transactions.inTransaction({ carts.emptyIfOpen(ANN).get() } as Supplier<Cart>)
            paid.set(true)
            emptied
        } as Callable<Cart>)
        saving.get(20, TimeUnit.SECONDS)
        Cart taken = paying.get(20, TimeUnit.SECONDS)

        then: 'the checkout waited for the cart, then took the two lines saved meanwhile'
        checkoutWaited.get()
        taken.lines() == [CartLine.of(first, 2), CartLine.of(second, 1)]
        carts.find(ANN).isEmpty()

        cleanup:
        threads?.shutdownNow()
    }
}
