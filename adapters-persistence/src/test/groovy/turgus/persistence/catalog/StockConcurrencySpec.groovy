package turgus.persistence.catalog

import io.micronaut.test.extensions.spock.annotation.MicronautTest
import jakarta.inject.Inject
import spock.lang.Specification
import turgus.application.catalog.port.out.ProductRepository
import turgus.domain.catalog.Product
import turgus.domain.catalog.ProductId
import turgus.persistence.testing.OnTestDatabase

import javax.sql.DataSource
import java.time.Instant
import java.util.concurrent.Callable
import java.util.concurrent.CountDownLatch
import java.util.concurrent.ExecutorService
import java.util.concurrent.Executors
import java.util.concurrent.TimeUnit

import static turgus.persistence.testing.ProductBuilder.aProduct

/** Stock changes made at the same moment by many callers are all counted, and never pass the limit. */
@MicronautTest(transactional = false)
class StockConcurrencySpec extends Specification implements OnTestDatabase {
    static final int CALLERS = 20

    @Inject
    ProductRepository products

    @Inject
    DataSource dataSource

    def "#callers callers each adding one item at once raise the stock by exactly #callers"() {
        given:
        ProductId id = products.add(aProduct().withStock(5).build()).requireId()

        when:
        List<Boolean> answers = atOnce(callers) { products.addStock(id, 1, Instant.now()) }

        then:
        answers.every()
        products.findById(id).get().stock() == 5 + callers

        where:
        callers = CALLERS
    }

    def "callers racing past the maximum stock: only as many succeed as fit"() {
        given:
        ProductId id = products.add(aProduct().withStock(Product.MAX_STOCK - 7).build()).requireId()

        when:
        List<Boolean> answers = atOnce(CALLERS) { products.addStock(id, 1, Instant.now()) }

        then:
        answers.count { it } == 7
        products.findById(id).get().stock() == Product.MAX_STOCK
    }

    private static List<Boolean> atOnce(int callers, Closure<Boolean> work) {
        ExecutorService pool = Executors.newFixedThreadPool(callers)
        CountDownLatch start = new CountDownLatch(1)
        try {
            def futures = (1..callers).collect {
                pool.submit({ ->
                    start.await()
                    work()
                } as Callable<Boolean>)
            }
            start.countDown()
            futures.collect { it.get(60, TimeUnit.SECONDS) }
        } finally {
            pool.shutdownNow()
        }
    }
}
