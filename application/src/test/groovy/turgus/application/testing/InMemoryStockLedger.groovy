package turgus.application.testing

import turgus.application.catalog.port.out.StockLedger
import turgus.domain.catalog.ProductId

/** Stock moves on an {@link InMemoryProductRepository}, remembering the order of the products touched. */
class InMemoryStockLedger implements StockLedger {
    final InMemoryProductRepository products
    final List<ProductId> taken = []

    InMemoryStockLedger(InMemoryProductRepository products) {
        this.products = products
    }

    @Override
    synchronized boolean take(ProductId id, int quantity) {
        def current = products.products[id]
        if (current == null || !current.isActive() || current.stock() < quantity) {
            return false
        }
        taken << id
        products.products[id] = current.toBuilder().stock(current.stock() - quantity).build()
        true
    }

    @Override
    synchronized Optional<ProductId> takeAll(List<StockLedger.Line> lines) {
        for (Map.Entry<ProductId, Integer> line : StockLedger.summed(lines).entrySet()) {
            if (!take(line.key, line.value)) {
                return Optional.of(line.key)
            }
        }
        Optional.empty()
    }

    @Override
    synchronized boolean giveBack(ProductId id, int quantity) {
        def current = products.products[id]
        if (current == null) {
            return false
        }
        products.products[id] = current.toBuilder().stock(current.stock() + quantity).build()
        true
    }
}
