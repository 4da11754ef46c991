package turgus.application.catalog.port.in;

/** Fills an empty catalog with demo products, so that a first start has something to show. */
public interface SeedDemoCatalogUseCase {
    /** @return how many products were added: none when the catalog already has products */
    int seedIfEmpty();
}
