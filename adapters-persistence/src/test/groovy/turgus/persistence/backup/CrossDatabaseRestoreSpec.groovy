package turgus.persistence.backup

import io.micronaut.context.ApplicationContext
import io.micronaut.test.extensions.spock.annotation.MicronautTest
import io.micronaut.test.support.TestPropertyProvider
import jakarta.inject.Inject
import spock.lang.AutoCleanup
import spock.lang.Shared
import spock.lang.Specification
import turgus.application.account.port.out.AccountRepository
import turgus.application.account.port.out.SessionRepository
import turgus.application.audit.port.out.AuditEvent
import turgus.application.audit.port.out.AuditEventType
import turgus.application.audit.port.out.AuditLog
import turgus.application.backup.port.out.BackupArchive
import turgus.application.cart.port.in.AddToCartCommand
import turgus.application.cart.port.out.CartRepository
import turgus.application.catalog.port.out.ProductRepository
import turgus.application.catalog.port.out.StockLedger
import turgus.application.discount.port.out.PromoCodeRepository
import turgus.application.idempotency.port.out.IdempotencyStore
import turgus.application.ledger.port.in.TopUpCommand
import turgus.application.ledger.port.out.WalletRepository
import turgus.application.loyalty.port.out.LoyaltySettingsRepository
import turgus.application.order.port.in.CheckoutCommand
import turgus.application.order.port.out.OrderRepository
import turgus.application.shared.Transactions
import turgus.domain.account.UserId
import turgus.domain.catalog.ProductId
import turgus.domain.discount.PromoCode
import turgus.persistence.shopping.Shop
import turgus.persistence.testing.TableDump
import turgus.persistence.testing.TestDatabase

import javax.sql.DataSource
import java.nio.file.Files
import java.nio.file.Path
import java.time.Instant

import turgus.application.catalog.CatalogSort
import turgus.application.catalog.ProductSearch
import turgus.application.catalog.ProductStatusFilter
import turgus.application.shared.PageRequest

import static turgus.persistence.backup.BackupFixtures.MemoryPictures
import static turgus.persistence.testing.AccountBuilder.anAccount
import static turgus.persistence.testing.ProductBuilder.aProduct

/**
 * A backup made on an H2 database restored into another database: PostgreSQL when the run uses it
 * (TURGUS_TEST_DB=postgresql), else a second H2 database. Every table ends up equal to the source's.
 */
@MicronautTest(transactional = false)
class CrossDatabaseRestoreSpec extends Specification implements TestPropertyProvider {
    @Shared
    @AutoCleanup
    ApplicationContext source = ApplicationContext.run(TestDatabase.h2())

    @Inject BackupArchive archive
    @Inject Transactions transactions
    @Inject DataSource dataSource
    @Inject AccountRepository accounts
    @Inject ProductRepository products

    @Override
    Map<String, String> getProperties() {
        TestDatabase.properties() as Map<String, String>
    }

    def "a backup of H2 restores into #database with every row equal"() {
        given: 'data of every kind on the H2 source'
        populate(source)
        MemoryPictures pictures = new MemoryPictures()
        pictures.stored["profiles/${'c' * 32}.svg".toString()] = '<svg/>'.bytes
        Path file = Files.createTempFile('turgus-h2-backup-', '.zip')
        Files.newOutputStream(file).withCloseable {
            source.getBean(BackupArchive).write(it, Instant.now(), pictures)
        }
        Map expected = TableDump.of(source.getBean(DataSource))

        and: 'other data on the target'
        accounts.add(anAccount().build())

        when:
        archive.check(file)
        transactions.inTransaction { archive.restoreRows(file) }

        then:
        TableDump.of(dataSource) == expected
        expected.users.size() == 2
        expected.orders.size() == 1

        and: 'the restored products are found by their words: the search index was rebuilt as they came in'
        String word = (expected.products[0].name as String).split(' ')[0]
        products.search(new ProductSearch(word, ProductStatusFilter.ALL, CatalogSort.NAME, PageRequest.of(0, 10)))
                .items()*.name()*.value() == [expected.products[0].name]

        and: 'ids continue on the target'
        accounts.add(anAccount().build()).id().value() > expected.users*.id.max()
        products.add(aProduct().build()).requireId().value() > expected.products*.id.max()

        where:
        database = TestDatabase.describe()
    }

    static void populate(ApplicationContext context) {
        Shop shop = new Shop(context.getBean(WalletRepository), context.getBean(CartRepository),
                context.getBean(ProductRepository), context.getBean(StockLedger), context.getBean(PromoCodeRepository),
                context.getBean(OrderRepository), context.getBean(AccountRepository),
                context.getBean(LoyaltySettingsRepository), context.getBean(IdempotencyStore),
                context.getBean(Transactions))
        AccountRepository accounts = context.getBean(AccountRepository)
        UserId buyer = accounts.add(anAccount().build()).id()
        accounts.add(anAccount().asAdmin().build())
        shop.balances.topUp(TopUpCommand.of(buyer, new BigDecimal('123.45'), null))
        ProductId tea = context.getBean(ProductRepository).add(aProduct().pricedAt('7.77').withStock(9).build()).requireId()
        shop.carts.add(AddToCartCommand.of(buyer, [new AddToCartCommand.Item(tea.value(), 3)]))
        shop.checkout.checkout(CheckoutCommand.of(buyer, null))
        context.getBean(PromoCodeRepository).add(PromoCode.define('CROSS', null, 5.5, null,
                Instant.parse('2026-01-01T00:00:00Z'), null, null))
        context.getBean(AuditLog).record(AuditEvent.bySelf(Instant.parse('2026-11-21T10:15:30.5Z'),
                AuditEventType.LOGIN_SUCCEEDED, buyer, '::1', 'äöü – "quoted"'))
        context.getBean(SessionRepository).open(buyer, 'cross-hash', null, null, Instant.now(), 3)
    }
}
