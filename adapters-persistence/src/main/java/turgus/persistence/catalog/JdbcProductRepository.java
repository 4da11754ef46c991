package turgus.persistence.catalog;

import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import turgus.application.catalog.ProductSearch;
import turgus.application.catalog.ProductStatusFilter;
import turgus.application.catalog.port.out.ProductRepository;
import turgus.application.shared.NotFoundException;
import turgus.application.shared.Page;
import turgus.application.shared.PageRequest;
import turgus.domain.catalog.Product;
import turgus.domain.catalog.ProductId;
import turgus.domain.catalog.search.SearchQuery;
import turgus.persistence.shared.DatabaseTime;

/**
 * The catalog in the {@code products} table. A listing without words reads a page from an index and
 * its total from {@link ProductCounts}; a search by words ({@link WordSearch}) is served from its
 * first results kept by {@link KeptSearches}.
 */
@Singleton
public final class JdbcProductRepository implements ProductRepository {
    private final ProductRowRepository rows;
    private final WordSearch words;
    private final ProductCounts counts;
    private final KeptSearches kept;
    private final ProductReads reads;

    JdbcProductRepository(
            ProductRowRepository rows, WordSearch words, ProductCounts counts, KeptSearches kept, ProductReads reads) {
        this.rows = Objects.requireNonNull(rows, "rows");
        this.words = Objects.requireNonNull(words, "words");
        this.counts = Objects.requireNonNull(counts, "counts");
        this.kept = Objects.requireNonNull(kept, "kept");
        this.reads = Objects.requireNonNull(reads, "reads");
    }

    @Override
    public Product add(Product product) {
        if (product.id().isPresent()) {
            throw new IllegalArgumentException("A new product has no id yet: " + product);
        }
        return ProductMapper.toProduct(rows.save(ProductMapper.toRow(product)));
    }

    @Override
    public Optional<Product> findById(ProductId id) {
        return reads.product(id.value()).map(ProductMapper::toProduct);
    }

    @Override
    public List<Product> findAllById(Collection<ProductId> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return reads.products(ids.stream().map(ProductId::value).distinct().toList()).stream()
                .map(ProductMapper::toProduct)
                .toList();
    }

    @Override
    public Page<Product> search(ProductSearch search) {
        PageRequest page = search.page();
        ProductSearchIndex.Filters filters = new ProductSearchIndex.Filters(
                search.status() != ProductStatusFilter.WITHDRAWN,
                search.status() != ProductStatusFilter.ACTIVE,
                search.onSaleOnlyAt().isPresent(),
                search.onSaleOnlyAt().orElse(Instant.EPOCH));
        if (search.listsAll()) {
            return search.onSaleOnlyAt().isPresent() ? onSale(search, filters) : listing(search);
        }
        SearchQuery query = search.query();
        if (query.isEmpty()) {
            return Page.of(List.of(), page, 0);
        }
        if (search.onSaleOnlyAt().isEmpty() && kept.enabled()) {
            return keptSearch(query, filters, search);
        }
        WordSearch.Answer answer = words.answer(query, filters, search.sort(), page.size(), page.offset());
        return Page.of(products(answer.rows()), page, answer.total());
    }

    /**
     * A search served from its kept first results when they hold the page, else searched again. The
     * page's products come with the catalog's version (one statement): results found at an older
     * version are found again, and the page read again from them.
     */
    private Page<Product> keptSearch(SearchQuery query, ProductSearchIndex.Filters filters, ProductSearch search) {
        PageRequest page = search.page();
        KeptSearches.Key key =
                new KeptSearches.Key(query, filters.includeActive(), filters.includeWithdrawn(), search.sort());
        KeptSearches.Found first = kept.get(key);
        if (first.covers(page.offset(), page.size())) {
            Listed listed = listed(first.ids(page.offset(), page.size()));
            if (listed.version().equals(first.version())) {
                return Page.of(listed.inOrder(filters), page, first.total());
            }
            first = kept.again(key, first);
            if (first.covers(page.offset(), page.size())) {
                return Page.of(listed(first.ids(page.offset(), page.size())).inOrder(filters), page, first.total());
            }
        } else if (!rows.version().equals(first.version())) {
            first = kept.again(key, first);
        }
        List<FoundProductRow> beyond =
                words.page(query, first.typos(), filters, search.sort(), page.size(), page.offset());
        return Page.of(products(beyond), page, first.total());
    }

    /** The products of {@code ids} as they are now and the catalog's version, read together. */
    private Listed listed(List<Long> ids) {
        if (ids.isEmpty()) {
            return new Listed(ids, List.of(), rows.version());
        }
        List<ListedProductRow> found = reads.byIds(ids);
        // An id no longer in the table leaves no row: the version is then read on its own.
        return new Listed(
                ids, found, found.isEmpty() ? rows.version() : found.get(0).version());
    }

    /** A kept page's ids, their products' rows in any order, and the catalog's version. */
    private record Listed(List<Long> ids, List<ListedProductRow> rows, ProductsVersionRow version) {
        /**
         * The products in the kept order, as they are now: one that has since left the listing's
         * status (a change the catalog's version is yet to show) is left out.
         */
        List<Product> inOrder(ProductSearchIndex.Filters filters) {
            Map<Long, ListedProductRow> byId = new HashMap<>();
            for (ListedProductRow row : rows) {
                byId.put(row.id(), row);
            }
            return ids.stream()
                    .map(byId::get)
                    .filter(Objects::nonNull)
                    .filter(row -> row.product().active() ? filters.includeActive() : filters.includeWithdrawn())
                    .map(row -> ProductMapper.toProduct(row.product()))
                    .toList();
        }
    }

    /**
     * Every product of a status: the page read from an index with the catalog's version, and its
     * total kept for that version ({@link ProductCounts}).
     */
    private Page<Product> listing(ProductSearch search) {
        PageRequest page = search.page();
        int limit = page.size();
        long offset = page.offset();
        List<ListedProductRow> found;
        ProductCounts.Scope scope;
        ProductReads.Order order = switch (search.sort()) {
            case NAME, RELEVANCE -> ProductReads.Order.NAME;
            case PRICE -> ProductReads.Order.PRICE;
            case PRICE_DESCENDING -> ProductReads.Order.PRICE_DESCENDING;
            case NEWEST -> ProductReads.Order.NEWEST;
        };
        if (search.status() == ProductStatusFilter.ALL) {
            found = reads.ofAll(order, limit, offset);
            scope = ProductCounts.Scope.ALL;
        } else {
            boolean active = search.status() == ProductStatusFilter.ACTIVE;
            found = reads.ofStatus(active, order, limit, offset);
            scope = active ? ProductCounts.Scope.ACTIVE : ProductCounts.Scope.WITHDRAWN;
        }
        // A page past the end has no row to carry the version: it is read on its own then.
        long total = found.isEmpty()
                ? counts.count(scope)
                : counts.count(scope, found.get(0).version());
        return Page.of(
                found.stream()
                        .map(row -> ProductMapper.toProduct(row.product()))
                        .toList(),
                page,
                total);
    }

    private Page<Product> onSale(ProductSearch search, ProductSearchIndex.Filters filters) {
        PageRequest page = search.page();
        CountedRows found = CountedRows.read(
                (limit, offset) -> rows.findOnSale(
                        filters.includeActive(),
                        filters.includeWithdrawn(),
                        true,
                        DatabaseTime.of(filters.now()),
                        search.sort().name(),
                        limit,
                        offset),
                page.size(),
                page.offset());
        return Page.of(products(found.rows()), page, found.total());
    }

    private static List<Product> products(List<FoundProductRow> found) {
        return found.stream().map(row -> ProductMapper.toProduct(row.product())).toList();
    }

    @Override
    public List<Product> boughtTogetherWith(ProductId id, int limit) {
        return rows.findBoughtTogetherWith(id.value(), limit).stream()
                .map(ProductMapper::toProduct)
                .toList();
    }

    @Override
    public Product saveDetails(Product product) {
        ProductId id = product.requireId();
        ProductRow row = ProductMapper.toRow(product);
        int changed = rows.updateDetails(
                id.value(),
                row.name(),
                row.description(),
                row.price(),
                row.active(),
                row.salePercent(),
                row.saleEndsAt(),
                row.imageName(),
                row.updatedAt());
        if (changed == 0) {
            throw notFound(id);
        }
        return findById(id).orElseThrow(() -> notFound(id));
    }

    @Override
    public boolean addStock(ProductId id, int quantity, Instant now) {
        if (quantity < 1) {
            throw new IllegalArgumentException("Stock is added in positive quantities: " + quantity);
        }
        return rows.addStock(id.value(), quantity, Product.MAX_STOCK, DatabaseTime.of(now)) == 1;
    }

    @Override
    public long count() {
        return rows.count();
    }

    private static NotFoundException notFound(ProductId id) {
        return NotFoundException.of(NotFoundException.Resource.PRODUCT, id.value());
    }
}
