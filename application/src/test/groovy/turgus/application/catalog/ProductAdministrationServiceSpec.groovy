package turgus.application.catalog

import turgus.domain.shared.FieldRule
import static turgus.domain.testing.ProductFixtures.aProduct

import java.time.Duration
import java.time.Instant
import spock.lang.Specification
import turgus.application.catalog.port.in.AddProductCommand
import turgus.application.catalog.port.in.EditProductCommand
import turgus.application.catalog.port.out.ProductImageStore
import turgus.application.shared.NotFoundException
import turgus.application.shared.UnsupportedImageException
import turgus.application.testing.DirectTransactions
import turgus.application.testing.InMemoryAuditLog
import turgus.application.testing.InMemoryProductRepository
import turgus.application.testing.MutableClock
import turgus.application.audit.port.out.AuditEventType
import turgus.domain.account.UserId
import turgus.domain.catalog.Product
import turgus.domain.catalog.ProductId
import turgus.domain.shared.FieldError
import turgus.domain.shared.InvalidValueException
import turgus.domain.shared.Money
import turgus.domain.shared.Quantity

class ProductAdministrationServiceSpec extends Specification {
    def repository = new InMemoryProductRepository()
    def images = Mock(ProductImageStore)
    def clock = new MutableClock()
    def audit = new InMemoryAuditLog()
    def admin = new ProductAdministrationService(repository, images, audit, new DirectTransactions(), clock)
    static final UserId ADMIN = UserId.of(900)

    def "an added product is stored active, dated now"() {
        when:
        def product = admin.add(AddProductCommand.of(' Tea ', 'Green.', 4.5, 7), ADMIN)

        then:
        product.requireId() == ProductId.of(1)
        product.name().value() == 'Tea'
        product.price() == Money.of('4.50')
        product.stock() == 7
        product.isActive()
        product.createdAt() == clock.instant()
        audit.only().type() == AuditEventType.PRODUCT_CREATED
        audit.only().actorId() == ADMIN
        audit.only().details() == 'productId=1 name=Tea price=4.50 stock=7'
    }

    def "a new product's every broken rule is reported at once"() {
        when:
        AddProductCommand.of('', 'x' * 2001, 1.005, -1)

        then:
        def refused = thrown(InvalidValueException)
        refused.errors() == [
                FieldError.of('name', FieldRule.REQUIRED),
                FieldError.of('description', FieldRule.TOO_LONG, 'max', 2000),
                FieldError.of('price', FieldRule.TOO_MANY_DECIMALS, 'max', 2),
                FieldError.of('stock', FieldRule.NEGATIVE)]
    }

    def "a new product without stock starts with none"() {
        expect:
        AddProductCommand.of('Tea', null, 1, null).stock() == 0
    }

    def "an edit changes only the fields given and leaves stock alone"() {
        given:
        def stored = repository.add(aProduct().named('Tea').priced('4.00').inStock(9).build())
        clock.advance(Duration.ofMinutes(1))

        when:
        def edited = admin.edit(EditProductCommand.of(stored.requireId(), null, 'New words', 5.25, false, null, null), ADMIN)

        then:
        edited.name().value() == 'Tea'
        edited.description().value() == 'New words'
        edited.price() == Money.of('5.25')
        edited.stock() == 9
        edited.updatedAt() == clock.instant()
        audit.only().type() == AuditEventType.PRODUCT_UPDATED
        audit.only().details() == 'productId=1 description.before="Loose leaves from a small farm." description.after="New words"' +
                ' price.before=4.00 price.after=5.25'
    }

    def "an edit renames a product"() {
        given:
        def stored = repository.add(aProduct().named('Tea').build())

        expect:
        admin.edit(EditProductCommand.of(stored.requireId(), 'Black tea', null, null, false, null, null), ADMIN).name().value() == 'Black tea'
    }

    def "an edit puts a product on sale and a null percent ends the sale"() {
        given:
        def stored = repository.add(aProduct().priced('10.00').build())
        def ends = clock.instant() + Duration.ofDays(2)

        when:
        def onSale = admin.edit(EditProductCommand.of(stored.requireId(), null, null, null, true, 25, ends), ADMIN)

        then:
        onSale.salePriceAt(clock.instant()).get() == Money.of('7.50')
        onSale.sale().get().endsAt() == ends

        when:
        def ended = admin.edit(EditProductCommand.of(stored.requireId(), null, null, null, true, null, null), ADMIN)

        then:
        ended.sale().isEmpty()
    }

    def "a sale end without a percent is refused"() {
        when:
        EditProductCommand.of(ProductId.of(1), null, null, null, true, null, Instant.now())

        then:
        def refused = thrown(InvalidValueException)
        refused.field() == 'salePercent'
    }

    def "edit rules name their fields"() {
        when:
        EditProductCommand.of(ProductId.of(1), ' ', null, 0, true, 95, null)

        then:
        def refused = thrown(InvalidValueException)
        refused.errors()*.field() == ['name', 'price', 'salePercent']
    }

    def "restocking adds to the stock"() {
        given:
        def stored = repository.add(aProduct().inStock(3).build())

        expect:
        admin.restock(stored.requireId(), Quantity.of(5), ADMIN).stock() == 8
        audit.only().type() == AuditEventType.PRODUCT_RESTOCKED
    }

    def "restocking past the stock limit is refused for the quantity"() {
        given:
        def stored = repository.add(aProduct().inStock(Product.MAX_STOCK - 1).build())

        when:
        admin.restock(stored.requireId(), Quantity.of(2), ADMIN)

        then:
        def refused = thrown(InvalidValueException)
        refused.field() == 'quantity'
        repository.findById(stored.requireId()).get().stock() == Product.MAX_STOCK - 1
    }

    def "withdrawing and reinstating switch availability"() {
        given:
        def stored = repository.add(aProduct().build())

        expect:
        !admin.withdraw(stored.requireId(), ADMIN).isActive()
        !admin.withdraw(stored.requireId(), ADMIN).isActive()
        admin.reinstate(stored.requireId(), ADMIN).isActive()
        audit.types() == [AuditEventType.PRODUCT_WITHDRAWN, AuditEventType.PRODUCT_REINSTATED]
    }

    def "changing an unknown product is not found"() {
        when:
        change(admin, ProductId.of(404))

        then:
        thrown(NotFoundException)
        audit.events.isEmpty()

        where:
        change << [
                { a, id -> a.withdraw(id, ADMIN) },
                { a, id -> a.reinstate(id, ADMIN) },
                { a, id -> a.restock(id, Quantity.of(1), ADMIN) },
                { a, id -> a.edit(EditProductCommand.of(id, 'x', null, null, false, null, null), ADMIN) },
                { a, id -> a.replaceImage(id, new byte[1], ADMIN) }]
    }

    def "a new picture replaces the old one, which is discarded"() {
        given:
        def stored = repository.saveDetails(repository.add(aProduct().build()).withImage('old.png', clock.instant()))

        when:
        def updated = admin.replaceImage(stored.requireId(), [1, 2, 3] as byte[], ADMIN)

        then:
        1 * images.store([1, 2, 3] as byte[]) >> 'new.png'
        1 * images.delete('old.png')
        updated.imageName().get() == 'new.png'
        audit.only().details() == "productId=${stored.requireId().value()} name=\"Green tea\" picture.before=old.png picture.after=new.png"
    }

    def "a refused picture leaves the product as it was"() {
        given:
        def stored = repository.add(aProduct().build())
        images.store(_) >> { throw new UnsupportedImageException('The file must be a JPEG, PNG or SVG picture') }

        when:
        admin.replaceImage(stored.requireId(), new byte[3], ADMIN)

        then:
        thrown(UnsupportedImageException)
        repository.findById(stored.requireId()).get().imageName().isEmpty()
    }
}
