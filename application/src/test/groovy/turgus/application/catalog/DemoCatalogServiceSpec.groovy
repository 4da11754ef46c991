package turgus.application.catalog

import spock.lang.Specification
import turgus.application.catalog.port.out.ProductImageStore
import turgus.application.testing.InMemoryProductRepository
import turgus.domain.catalog.Product
import turgus.domain.catalog.ProductDescription
import turgus.domain.catalog.ProductName
import turgus.domain.shared.Money

import java.time.Clock
import java.time.Instant
import java.time.ZoneOffset

class DemoCatalogServiceSpec extends Specification {
    static final Instant NOW = Instant.parse('2026-11-21T08:00:00Z')

    InMemoryProductRepository products = new InMemoryProductRepository()
    List<byte[]> storedPictures = []
    ProductImageStore images = Stub(ProductImageStore) {
        store(_ as byte[]) >> { byte[] content ->
            storedPictures << content
            "picture-${storedPictures.size()}.png".toString()
        }
    }
    DemoCatalogService service = new DemoCatalogService(products, images, Clock.fixed(NOW, ZoneOffset.UTC))

    private List<Product> stored() {
        new ArrayList<>(products.products.values())
    }

    def "an empty catalog is filled with 32 demo products"() {
        when:
        int added = service.seedIfEmpty()

        then:
        added == 32
        products.count() == 32
    }

    def "every demo product comes with a picture of its own, a small PNG stored like an upload"() {
        when:
        service.seedIfEmpty()

        then:
        stored().every { it.imageName().isPresent() }
        stored()*.imageName()*.get().toSet().size() == 32
        storedPictures.size() == 32
        storedPictures.every { png ->
            png[0..3] == [0x89, 0x50, 0x4E, 0x47] as byte[] && png.length > 200 && png.length < 8 * 1024
        }
        storedPictures.collect { it.encodeHex().toString() }.toSet().size() == 32
    }

    def "a catalog that has products is left alone"() {
        given:
        products.add(Product.add(new ProductName('Own product'), ProductDescription.NONE, Money.of('1.00'), 1, NOW))

        when:
        int added = service.seedIfEmpty()

        then:
        added == 0
        products.count() == 1
    }

    def "seeding again adds nothing more"() {
        given:
        service.seedIfEmpty()

        expect:
        service.seedIfEmpty() == 0
        products.count() == 32
    }

    def "the demo products are new, active, differently named and made now"() {
        when:
        service.seedIfEmpty()
        List<Product> all = stored()

        then:
        all*.name()*.value().toSet().size() == 32
        all.every { it.active && it.createdAt() == NOW && it.updatedAt() == NOW }
    }

    def "every product has a short description of one to three sentences"() {
        when:
        service.seedIfEmpty()

        then:
        stored().every { Product p ->
            String text = p.description().value()
            int sentences = text.findAll(/[.!?](\s|$)/).size()
            text.length() <= 300 && sentences in 1..3
        }
    }

    def "prices have cents, and stocks run from sold out to 200"() {
        when:
        service.seedIfEmpty()
        List<Product> all = stored()

        then:
        all.every { it.price().positive && it.price().amount().scale() == 2 }
        all.any { it.price().amount().remainder(BigDecimal.ONE) != 0 }
        all.every { it.stock() in 0..200 }
        all.count { it.stock() == 0 } >= 2
        all.any { it.stock() == 200 }
    }

    def "two products are on sale now, one until two weeks from now and one without end"() {
        when:
        service.seedIfEmpty()
        List<Product> onSale = stored().findAll { it.currentSale(NOW).present }

        then:
        onSale.size() == 2
        onSale*.sale()*.get()*.endsAt().toSet() == [NOW.plus(DemoCatalogService.SALE_LENGTH), null].toSet()
        onSale.every { it.salePriceAt(NOW).get() < it.price() }
    }

    def "the catalog spans #category"() {
        when:
        service.seedIfEmpty()

        then:
        stored().any { it.name().value().toLowerCase().contains(word) }

        where:
        category     | word
        'coffee'     | 'coffee'
        'tea'        | 'tea'
        'kitchen'    | 'kettle'
        'books'      | 'guide'
        'stationery' | 'notebook'
        'outdoor'    | 'camping'
    }
}
