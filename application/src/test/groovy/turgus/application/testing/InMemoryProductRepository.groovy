package turgus.application.testing

import java.time.Instant
import java.util.concurrent.atomic.AtomicLong
import turgus.application.catalog.CatalogSort
import turgus.application.catalog.ProductSearch
import turgus.application.catalog.ProductStatusFilter
import turgus.application.catalog.port.out.ProductRepository
import turgus.application.shared.NotFoundException
import turgus.application.shared.Page
import turgus.domain.catalog.Product
import turgus.domain.catalog.ProductId
import turgus.domain.catalog.search.SearchQuery
import turgus.domain.catalog.search.SearchText
import turgus.domain.testing.Stored

/** A ProductRepository in a map, for specs of the use cases. */
class InMemoryProductRepository implements ProductRepository, RollsBack {
    final Map<ProductId, Product> products = new LinkedHashMap<>()
    /** What each product was bought together with, most often first, as the specs set it. */
    final Map<ProductId, List<ProductId>> boughtTogether = [:]
    private final AtomicLong ids = new AtomicLong()

    @Override
    synchronized Product add(Product product) {
        if (product.id().isPresent()) {
            throw new IllegalArgumentException("A new product has no id yet: ${product}")
        }
        def stored = Stored.withId(product, ProductId.of(ids.incrementAndGet()))
        products[stored.requireId()] = stored
        stored
    }

    @Override
    synchronized Optional<Product> findById(ProductId id) {
        Optional.ofNullable(products[id])
    }

    @Override
    synchronized List<Product> findAllById(Collection<ProductId> ids) {
        ids.unique(false).findResults { products[it] }
    }

    @Override
    synchronized Page<Product> search(ProductSearch search) {
        def listed = products.values().findAll { p ->
            (search.status() == ProductStatusFilter.ALL
                    || (search.status() == ProductStatusFilter.ACTIVE) == p.isActive()) &&
                    (!search.onSaleOnlyAt().isPresent() || p.currentSale(search.onSaleOnlyAt().get()).isPresent())
        }
        SearchQuery query = search.query()
        Map<SearchQuery.Word, String> typos = [:]
        List<Product> matching = listed
        if (!search.listsAll()) {
            // As the database: every word as typed; only when that finds nothing, each word also as
            // the catalog word (of any product, as the database's vocabulary) it most likely stands for.
            matching = query.isEmpty() ? [] : listed.findAll { query.foundIn(wordsOf(it), [:]) }
            if (matching.isEmpty() && !query.isEmpty()) {
                typos = query.typos(products.values().collectMany { wordsOf(it) })
                matching = typos.isEmpty() ? [] : listed.findAll { query.foundIn(wordsOf(it), typos) }
            }
        }
        // As the database: the sort key first, then the id, so that equal keys keep one order.
        Comparator<Product> byId = Comparator.comparing { Product p -> p.requireId().value() }
        Comparator<Product> byName = Comparator.comparing { Product p -> p.name().value() }
        Map<SearchQuery.Word, String> searchedTypos = typos
        Comparator<Product> order = switch (search.sort()) {
            case CatalogSort.NAME -> byName.thenComparing(byId)
            case CatalogSort.PRICE -> Comparator.comparing { Product p -> p.price() }.thenComparing(byId)
            case CatalogSort.PRICE_DESCENDING ->
                Comparator.comparing({ Product p -> p.price() }, Comparator.reverseOrder()).thenComparing(byId)
            case CatalogSort.NEWEST ->
                Comparator.comparing({ Product p -> p.createdAt() }, Comparator.reverseOrder()).thenComparing(byId.reversed())
            case CatalogSort.RELEVANCE ->
                Comparator.comparing({ Product p ->
                    query.foundIn(SearchText.words(p.name().value()), searchedTypos) ? 0 : 1
                }).thenComparing(byName).thenComparing(byId)
        }
        def sorted = matching.toSorted(order)
        def page = search.page()
        def items = sorted.drop((int) page.offset()).take(page.size())
        Page.of(items, page, sorted.size())
    }

    private static List<String> wordsOf(Product product) {
        SearchText.words(product.name().value() + ' ' + product.description().value())
    }

    @Override
    synchronized Product saveDetails(Product product) {
        def current = products[product.requireId()]
        if (current == null) {
            throw NotFoundException.of(NotFoundException.Resource.PRODUCT, product.requireId().value())
        }
        def saved = product.toBuilder().stock(current.stock()).build()
        products[product.requireId()] = saved
        saved
    }

    @Override
    synchronized boolean addStock(ProductId id, int quantity, Instant now) {
        if (quantity < 1) {
            throw new IllegalArgumentException("Stock is added in positive quantities: ${quantity}")
        }
        def current = products[id]
        if (current == null || current.stock() + quantity > Product.MAX_STOCK) {
            return false
        }
        products[id] = current.toBuilder().stock(current.stock() + quantity).updatedAt(now).build()
        true
    }

    @Override
    synchronized long count() {
        products.size()
    }

    @Override
    synchronized List<Product> boughtTogetherWith(ProductId id, int limit) {
        (boughtTogether[id] ?: []).collect { products[it] }.findAll { it.isActive() }.take(limit)
    }

    @Override
    synchronized Runnable checkpoint() {
        Map<ProductId, Product> saved = new LinkedHashMap<>(products)
        return {
            synchronized (this) {
                products.clear()
                products.putAll(saved)
            }
        }
    }
}
