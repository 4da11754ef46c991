package turgus.web.catalog;

import io.micronaut.context.annotation.Bean;
import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;
import java.time.Clock;
import turgus.application.catalog.CatalogService;
import turgus.application.catalog.DemoCatalogService;
import turgus.application.catalog.ProductAdministrationService;
import turgus.application.catalog.RecommendationService;
import turgus.application.catalog.SearchTrendsService;
import turgus.application.catalog.port.in.AddProductUseCase;
import turgus.application.catalog.port.in.BrowseAllProductsQuery;
import turgus.application.catalog.port.in.BrowseCatalogQuery;
import turgus.application.catalog.port.in.ChangeProductAvailabilityUseCase;
import turgus.application.catalog.port.in.EditProductUseCase;
import turgus.application.catalog.port.in.PurgeOldSearchesUseCase;
import turgus.application.catalog.port.in.RecommendProductsQuery;
import turgus.application.catalog.port.in.RecordSearchUseCase;
import turgus.application.catalog.port.in.ReplaceProductImageUseCase;
import turgus.application.catalog.port.in.RestockProductUseCase;
import turgus.application.catalog.port.in.SeedDemoCatalogUseCase;
import turgus.application.catalog.port.in.TrendingSearchesQuery;
import turgus.application.catalog.port.out.ProductImageStore;
import turgus.application.catalog.port.out.ProductRepository;
import turgus.application.catalog.port.out.SearchLog;

/** The catalog use cases, each visible only through its inbound ports. */
@Factory
public class CatalogWiring {

    @Singleton
    @Bean(typed = {BrowseCatalogQuery.class, BrowseAllProductsQuery.class})
    public CatalogService catalog(ProductRepository products) {
        return new CatalogService(products);
    }

    @Singleton
    @Bean(typed = RecommendProductsQuery.class)
    public RecommendationService recommendations(BrowseCatalogQuery catalog, ProductRepository products) {
        return new RecommendationService(catalog, products);
    }

    @Singleton
    @Bean(typed = {RecordSearchUseCase.class, TrendingSearchesQuery.class, PurgeOldSearchesUseCase.class})
    public SearchTrendsService searchTrends(SearchLog log, Clock clock) {
        return new SearchTrendsService(log, clock);
    }

    @Singleton
    @Bean(typed = SeedDemoCatalogUseCase.class)
    public DemoCatalogService demoCatalog(ProductRepository products, Clock clock) {
        return new DemoCatalogService(products, clock);
    }

    @Singleton
    @Bean(
            typed = {
                AddProductUseCase.class,
                EditProductUseCase.class,
                RestockProductUseCase.class,
                ChangeProductAvailabilityUseCase.class,
                ReplaceProductImageUseCase.class
            })
    public ProductAdministrationService productAdministration(
            ProductRepository products, ProductImageStore images, Clock clock) {
        return new ProductAdministrationService(products, images, clock);
    }
}
