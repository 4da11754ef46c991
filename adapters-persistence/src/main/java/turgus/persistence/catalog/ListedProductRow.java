package turgus.persistence.catalog;

/**
 * A product of a listing's page, with the catalog's version read by the same statement ({@link
 * ProductRowRepository#VERSION_COLUMNS}): the page and the version its total is kept for cost one
 * round trip instead of two. Read by {@link ProductReads}.
 */
record ListedProductRow(ProductRow product, long lastId, long lastChange) {
    long id() {
        return product.id();
    }

    ProductsVersionRow version() {
        return new ProductsVersionRow(lastId, lastChange);
    }
}
