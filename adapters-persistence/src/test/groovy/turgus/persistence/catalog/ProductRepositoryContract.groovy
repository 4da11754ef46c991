package turgus.persistence.catalog

import spock.lang.Specification
import turgus.application.catalog.CatalogSort
import turgus.application.catalog.ProductSearch
import turgus.application.catalog.ProductStatusFilter
import turgus.application.catalog.port.out.ProductRepository
import turgus.application.shared.NotFoundException
import turgus.application.shared.Page
import turgus.application.shared.PageRequest
import turgus.domain.catalog.Product
import turgus.domain.catalog.ProductDescription
import turgus.domain.catalog.ProductId
import turgus.domain.catalog.ProductName
import turgus.domain.catalog.Sale
import turgus.domain.shared.Money

import java.time.Instant

import static turgus.persistence.testing.ProductBuilder.MADE_AT
import static turgus.persistence.testing.ProductBuilder.aProduct
import turgus.domain.testing.Stored

/** What every {@link ProductRepository} promises, whatever keeps the products. Each feature starts empty. */
abstract class ProductRepositoryContract extends Specification {
    public static final Instant LATER = MADE_AT.plusSeconds(3600)

    abstract ProductRepository getProducts()

    def "a new product is stored with an id and read back as it was"() {
        given:
        Product product = aProduct().named('Kenyan AA coffee beans').pricedAt('14.90').withStock(7).build()

        when:
        Product stored = products.add(product)

        then:
        stored.id().isPresent()
        stored == Stored.withId(product, stored.requireId())
        products.findById(stored.requireId()).get() == stored
    }

    def "a sale, its end and a picture are stored with the product"() {
        given:
        Instant saleEnds = MADE_AT.plusSeconds(7 * 24 * 3600)
        Product product = aProduct().onSale(25, saleEnds).withImage('a1b2c3.png').build()

        when:
        Product stored = products.add(product)

        then:
        with(products.findById(stored.requireId()).get()) {
            sale().get() == new Sale(25, saleEnds)
            imageName().get() == 'a1b2c3.png'
        }
    }

    def "a listing of #status and a search show every product as it was stored, sale and picture or none"() {
        given:
        Instant saleEnds = MADE_AT.plusSeconds(7 * 24 * 3600)
        List<Product> stored = [
                aProduct().named('Enamel mug').pricedAt('8.40').onSale(25, saleEnds).withImage('a1b2c3.png').build(),
                aProduct().named('Enamel bowl').pricedAt('12.00').onSale(10, null).build(),
                aProduct().named('Enamel plate').pricedAt('9.90').build(),
        ].collect { products.add(it) }

        expect:
        search('', status, CatalogSort.NAME).items() == stored.sort { it.name().value() }
        search('enamel', status, CatalogSort.NAME).items() == stored.sort { it.name().value() }

        where:
        status << [ProductStatusFilter.ACTIVE, ProductStatusFilter.ALL]
    }

    def "a product that was never stored is not found"() {
        expect:
        products.findById(ProductId.of(987_654)).isEmpty()
    }

    def "a product that already has an id is not added again"() {
        given:
        Product stored = products.add(aProduct().build())

        when:
        products.add(stored)

        then:
        thrown(IllegalArgumentException)
        products.count() == 1
    }

    def "words are found in any case as the beginnings of words of the name or the description: '#words'"() {
        given:
        products.add(aProduct().named('Ethiopian coffee beans').describedAs('Bright and floral.').build())
        products.add(aProduct().named('Green tea').describedAs('Sencha from Shizuoka.').build())
        products.add(aProduct().named('French press').describedAs('Brews coffee or tea for four.').build())

        when:
        List<String> found = namesOf(search(words, ProductStatusFilter.ALL, CatalogSort.NAME))

        then:
        found == expected

        where:
        words       || expected
        'coffee'    || ['Ethiopian coffee beans', 'French press']
        'COFFEE'    || ['Ethiopian coffee beans', 'French press']
        'sencha'    || ['Green tea']
        'tea'       || ['French press', 'Green tea']
        'tea fre'   || ['French press']
        'n t'       || []
        'offee'     || []
        '  press  ' || ['French press']
        'espresso'  || []
        ''          || ['Ethiopian coffee beans', 'French press', 'Green tea']
        null        || ['Ethiopian coffee beans', 'French press', 'Green tea']
    }

    def "punctuation is no word, and a search of nothing but punctuation finds nothing: '#words'"() {
        given:
        ['100% Arabica', 'snake_case mug', 'Back\\slash poster']
                .each { products.add(aProduct().named(it).describedAs('').build()) }

        expect:
        namesOf(search(words, ProductStatusFilter.ALL, CatalogSort.NAME)) == expected

        where:
        words        || expected
        '%'          || []
        '100%'       || ['100% Arabica']
        '_'          || []
        'snake_case' || ['snake_case mug']
        'back slash' || ['Back\\slash poster']
        '\\'         || []
        '%_\\'       || []
    }

    def "a search by relevance finds '#words' as #expected"() {
        given:
        [['Gaming Laptop', 'Fast and light.'],
         ['Laptop bag', 'Carries a laptop of 15 inches.'],
         ['Coffee grinder', 'Burr grinder for fresh coffee.'],
         ['Café crème cups', 'Two porcelain cups.'],
         ['Espresso machine', 'Makes coffee with crema.'],
         ['Kettle', 'Boils water for tea or coffee.'],
         ['Batteries AA', 'Four of them.'],
         ['Withdrawn laptop', 'Old.']].each { name, description ->
            Product product = aProduct().named(name).describedAs(description)
                    .with { name.startsWith('Withdrawn') ? it.withdrawn() : it }.build()
            products.add(product)
        }

        expect:
        namesOf(search(words, ProductStatusFilter.ACTIVE, CatalogSort.RELEVANCE)) == expected

        where:
        words                     || expected
        'laptop'                  || ['Gaming Laptop', 'Laptop bag']
        'lapt'                    || ['Gaming Laptop', 'Laptop bag']
        'LAPTOPS'                 || ['Gaming Laptop', 'Laptop bag']
        'bag laptop'              || ['Laptop bag']
        'laptop 15'               || ['Laptop bag']
        'coffee'                  || ['Coffee grinder', 'Espresso machine', 'Kettle']
        'grinders'                || ['Coffee grinder']
        'cafe'                    || ['Café crème cups']
        'CAFÉ CRÈME'              || ['Café crème cups']
        'cremes'                  || ['Café crème cups']
        'battery'                 || ['Batteries AA']
        'cofee'                   || ['Coffee grinder', 'Espresso machine', 'Kettle']
        'grnder'                  || ['Coffee grinder']
        'grnder cofee'            || ['Coffee grinder']
        'cofee tea'               || ['Kettle']
        'kettel'                  || ['Kettle']
        'water'                   || ['Kettle']
        'phone'                   || []
        'cof tea'                 || ['Kettle']
        'ofee'                    || []
        'coffee for'              || ['Coffee grinder', 'Kettle']
        'burr fresh coffee'       || ['Coffee grinder']
        'makes coffee with crema' || ['Espresso machine']
        'boils tea cofee water'   || ['Kettle']
    }

    def "by relevance, a product whose name holds every word comes before one whose name holds only some: '#words'"() {
        given:
        products.add(aProduct().named('Zinc coffee grinder').describedAs('A hand mill.').build())
        products.add(aProduct().named('Burr coffee mill').describedAs('The grinder for espresso.').build())
        products.add(aProduct().named('Akita grinder stone').describedAs('Sharpens knives; no coffee.').build())

        expect:
        namesOf(search(words, ProductStatusFilter.ACTIVE, CatalogSort.RELEVANCE)) == expected

        where:
        words                || expected
        'coffee grinder'     || ['Zinc coffee grinder', 'Akita grinder stone', 'Burr coffee mill']
        'grinder coffee'     || ['Zinc coffee grinder', 'Akita grinder stone', 'Burr coffee mill']
        'coffee grinder for' || ['Burr coffee mill']
        'cofee grnder'       || ['Zinc coffee grinder', 'Akita grinder stone', 'Burr coffee mill']
    }

    def "words as typed win over typos: '#words' finds only #expected"() {
        given:
        products.add(aProduct().named('Coffee mug').describedAs('').build())
        products.add(aProduct().named('Cofee table book').describedAs('A misprint kept on purpose.').build())

        expect:
        namesOf(search(words, ProductStatusFilter.ALL, CatalogSort.RELEVANCE)) == expected

        where:
        words    || expected
        'cofee'  || ['Cofee table book']
        'coffee' || ['Coffee mug']
        'cofe'   || ['Cofee table book']
    }

    def "a search in another order than relevance sorts what it found: #sort"() {
        given:
        products.add(aProduct().named('Tea cup').pricedAt('4.00').describedAs('').createdAt(MADE_AT).build())
        products.add(aProduct().named('Green tea').pricedAt('9.00').describedAs('').createdAt(MADE_AT.plusSeconds(20)).build())
        products.add(aProduct().named('Kettle').pricedAt('30.00').describedAs('For tea.').createdAt(MADE_AT.plusSeconds(10)).build())
        products.add(aProduct().named('Mug').pricedAt('5.00').describedAs('').build())

        expect:
        namesOf(search('tea', ProductStatusFilter.ALL, sort)) == expected

        where:
        sort                         || expected
        CatalogSort.RELEVANCE        || ['Green tea', 'Tea cup', 'Kettle']
        CatalogSort.NAME             || ['Green tea', 'Kettle', 'Tea cup']
        CatalogSort.PRICE            || ['Tea cup', 'Green tea', 'Kettle']
        CatalogSort.PRICE_DESCENDING || ['Kettle', 'Green tea', 'Tea cup']
        CatalogSort.NEWEST           || ['Green tea', 'Kettle', 'Tea cup']
    }

    def "a renamed product is found by its new words only"() {
        given:
        Product stored = products.add(aProduct().named('Blue teapot').describedAs('Glazed.').build())

        when:
        products.saveDetails(stored.toBuilder().name(new ProductName('Red kettle')).build())

        then:
        namesOf(search('kettle', ProductStatusFilter.ALL, CatalogSort.NAME)) == ['Red kettle']
        namesOf(search('teapot', ProductStatusFilter.ALL, CatalogSort.NAME)) == []
        namesOf(search('glazed', ProductStatusFilter.ALL, CatalogSort.NAME)) == ['Red kettle']
    }

    def "page #page of a search past its matches still says how many there are"() {
        given:
        ('A'..'C').each { products.add(aProduct().named("Cofee ${it}").describedAs('').build()) }

        when:
        def found = products.search(new ProductSearch(words, ProductStatusFilter.ALL, CatalogSort.RELEVANCE, new PageRequest(page, 2)))

        then:
        found.items().size() == size
        found.totalItems() == 3

        where:
        words    | page || size
        'cofee'  | 1    || 1
        'cofee'  | 5    || 0
        'coffee' | 1    || 1
        'coffee' | 5    || 0
    }

    def "the status filter #status shows #expected"() {
        given:
        products.add(aProduct().named('Sold scarf').build())
        products.add(aProduct().named('Withdrawn scarf').withdrawn().build())

        expect:
        namesOf(search('', status, CatalogSort.NAME)) == expected

        where:
        status                        || expected
        ProductStatusFilter.ACTIVE    || ['Sold scarf']
        ProductStatusFilter.WITHDRAWN || ['Withdrawn scarf']
        ProductStatusFilter.ALL       || ['Sold scarf', 'Withdrawn scarf']
    }

    def "the sales filter keeps the products whose sale runs at its moment: #moment"() {
        given:
        products.add(aProduct().named('No sale').build())
        products.add(aProduct().named('Endless sale').onSale(10).build())
        products.add(aProduct().named('Sale until later').onSale(20, LATER).build())
        products.add(aProduct().named('Withdrawn on sale').onSale(30).withdrawn().build())

        expect:
        namesOf(products.search(new ProductSearch('', ProductStatusFilter.ACTIVE, CatalogSort.NAME, PageRequest.of(0, 10), at))) == expected
        products.search(new ProductSearch('', ProductStatusFilter.ALL, CatalogSort.NAME, PageRequest.of(0, 10), at)).totalItems() == expected.size() + 1

        where:
        moment              | at                        || expected
        'before the end'    | MADE_AT                   || ['Endless sale', 'Sale until later']
        'at the end'        | LATER                     || ['Endless sale']
        'after the end'     | LATER.plusSeconds(1)      || ['Endless sale']
    }

    def "sorting #sort lists #expected"() {
        given: 'equal names, prices and moments, so that the id decides between them'
        List<ProductId> added = [
                aProduct().named('Mug').pricedAt('8.00').createdAt(MADE_AT.plusSeconds(10)),
                aProduct().named('Apron').pricedAt('19.99').createdAt(MADE_AT.plusSeconds(30)),
                aProduct().named('Mug').pricedAt('8.00').createdAt(MADE_AT.plusSeconds(30)),
                aProduct().named('Kettle').pricedAt('45.50').createdAt(MADE_AT),
                aProduct().named('Bowl').pricedAt('8.00').createdAt(MADE_AT.plusSeconds(20)),
        ].collect { products.add(it.build()).requireId() }

        when:
        List<Product> found = search('', ProductStatusFilter.ALL, sort).items()

        then: 'each product is named with the order it was added in'
        found.collect { "${it.name()} ${added.indexOf(it.requireId()) + 1}".toString() } == expected

        where:
        sort                         || expected
        CatalogSort.NAME             || ['Apron 2', 'Bowl 5', 'Kettle 4', 'Mug 1', 'Mug 3']
        CatalogSort.PRICE            || ['Mug 1', 'Mug 3', 'Bowl 5', 'Apron 2', 'Kettle 4']
        CatalogSort.PRICE_DESCENDING || ['Kettle 4', 'Apron 2', 'Mug 1', 'Mug 3', 'Bowl 5']
        CatalogSort.NEWEST           || ['Mug 3', 'Apron 2', 'Bowl 5', 'Mug 1', 'Kettle 4']
    }

    def "a page of #size from page #page holds #expected of 5 matching products"() {
        given:
        ('A'..'E').each { products.add(aProduct().named("Notebook ${it}").build()) }
        products.add(aProduct().named('Pencil').describedAs('').build())

        when:
        def found = products.search(new ProductSearch('notebook', ProductStatusFilter.ALL, CatalogSort.NAME,
                new PageRequest(page, size)))

        then:
        namesOf(found).collect { it - 'Notebook ' } == expected
        found.totalItems() == 5
        found.totalPages() == pages
        found.page() == page
        found.size() == size

        where:
        page | size || expected                  | pages
        0    | 2    || ['A', 'B']                | 3
        1    | 2    || ['C', 'D']                | 3
        2    | 2    || ['E']                     | 3
        3    | 2    || []                        | 3
        0    | 100  || ['A', 'B', 'C', 'D', 'E'] | 1
    }

    def "no match is an empty page with no pages"() {
        given:
        products.add(aProduct().build())

        when:
        def found = search('nothing like it', ProductStatusFilter.ALL, CatalogSort.NAME)

        then:
        found.items().isEmpty()
        found.totalItems() == 0
        found.totalPages() == 0
    }

    def "saving details changes name, description, price, sale, picture and status"() {
        given:
        Product stored = products.add(aProduct().named('Plain mug').pricedAt('6.00').build())

        when:
        Product changed = products.saveDetails(stored
                .rename(new ProductName('Enamel mug'), LATER)
                .describe(new ProductDescription('Camp-proof.'), LATER)
                .reprice(Money.of('7.25'), LATER)
                .changeSale(Optional.of(new Sale(10, null)), LATER)
                .withImage('mug.jpg', LATER)
                .withdraw(LATER))

        then:
        changed == products.findById(stored.requireId()).get()
        with(changed) {
            name().value() == 'Enamel mug'
            description().value() == 'Camp-proof.'
            price().amount() == 7.25
            sale().get() == new Sale(10, null)
            imageName().get() == 'mug.jpg'
            !isActive()
            createdAt() == MADE_AT
            updatedAt() == LATER
        }
    }

    def "a sale ends when the saved product has none"() {
        given:
        Product stored = products.add(aProduct().onSale(30, LATER).build())

        when:
        Product changed = products.saveDetails(stored.changeSale(Optional.empty(), LATER))

        then:
        changed.sale().isEmpty()
        products.findById(stored.requireId()).get().sale().isEmpty()
    }

    def "saving details leaves the stock alone, even when the product carries another stock"() {
        given: 'a product read with stock 10, then restocked by someone else'
        Product read = products.add(aProduct().withStock(10).build())
        products.addStock(read.requireId(), 5, LATER)

        when: 'the old copy, with a made-up stock, is saved'
        Product saved = products.saveDetails(read.toBuilder().stock(999).build().rename(new ProductName('Renamed'), LATER))

        then:
        saved.stock() == 15
        saved.name().value() == 'Renamed'
        products.findById(read.requireId()).get().stock() == 15
    }

    def "saving the details of an unknown product is refused"() {
        when:
        products.saveDetails(aProduct().withId(424_242).build())

        then:
        thrown(NotFoundException)
    }

    def "adding #quantity to a stock of #initial answers #changed and leaves #expected"() {
        given:
        Product stored = products.add(aProduct().withStock(initial).build())

        when:
        boolean result = products.addStock(stored.requireId(), quantity, LATER)

        then:
        result == changed
        with(products.findById(stored.requireId()).get()) {
            stock() == expected
            updatedAt() == (changed ? LATER : MADE_AT)
        }

        where:
        initial                 | quantity          || changed | expected
        0                       | 1                 || true    | 1
        10                      | 90                || true    | 100
        Product.MAX_STOCK - 5   | 5                 || true    | Product.MAX_STOCK
        Product.MAX_STOCK - 5   | 6                 || false   | Product.MAX_STOCK - 5
        Product.MAX_STOCK       | 1                 || false   | Product.MAX_STOCK
        0                       | Product.MAX_STOCK || true    | Product.MAX_STOCK
    }

    def "adding stock to an unknown product changes nothing"() {
        expect:
        !products.addStock(ProductId.of(515_151), 1, LATER)
    }

    def "stock is only ever added in positive quantities"() {
        given:
        Product stored = products.add(aProduct().withStock(3).build())

        when:
        products.addStock(stored.requireId(), quantity, LATER)

        then:
        thrown(IllegalArgumentException)
        products.findById(stored.requireId()).get().stock() == 3

        where:
        quantity << [0, -1]
    }

    def "the count is the number of products, withdrawn ones included"() {
        given:
        products.add(aProduct().build())
        products.add(aProduct().withdrawn().build())

        expect:
        products.count() == 2
    }

    protected Page<Product> search(String words, ProductStatusFilter status, CatalogSort sort) {
        products.search(new ProductSearch(words, status, sort, new PageRequest(0, 100)))
    }

    protected static List<String> namesOf(Page<Product> page) {
        page.items()*.name()*.value()
    }
}
