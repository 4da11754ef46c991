package turgus.web.catalog;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.annotation.RequestBean;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import turgus.application.catalog.port.in.BrowseCatalogQuery;
import turgus.application.catalog.port.in.RecommendProductsQuery;
import turgus.application.catalog.port.in.RecordSearchUseCase;
import turgus.application.shared.Page;
import turgus.application.shared.PageRequest;
import turgus.domain.catalog.Product;
import turgus.web.platform.ErrorResponses;
import turgus.web.platform.PageView;
import turgus.web.platform.Paging;
import turgus.web.security.CurrentUser;

/** The catalog as signed-in shoppers see it: active products only. */
@Controller("/api/products")
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "Catalog")
public class ProductController {
    private final BrowseCatalogQuery catalog;
    private final RecommendProductsQuery recommendations;
    private final RecordSearchUseCase searches;
    private final Clock clock;

    public ProductController(
            BrowseCatalogQuery catalog,
            RecommendProductsQuery recommendations,
            RecordSearchUseCase searches,
            Clock clock) {
        this.recommendations = recommendations;
        this.searches = searches;
        this.catalog = catalog;
        this.clock = clock;
    }

    @Get(produces = MediaType.APPLICATION_JSON)
    @Operation(summary = "Browse and search the catalog", description = "A page of active products.")
    @ApiResponse(responseCode = "200", description = "A page of products")
    @ErrorResponses.BadQuery
    @ErrorResponses.SignInRequired
    public PageView<ProductView> browse(
            @RequestBean Paging paging,
            @Nullable
                    @QueryValue("q")
                    @Parameter(
                            description = "Words to find in names and descriptions, in any order; each word also"
                                    + " finds longer words it begins, a plural its singular, and accents are ignored;"
                                    + " when nothing is found, a misspelt word is read as the closest catalog word")
                    String q,
            @Nullable
                    @QueryValue("sort")
                    @Parameter(
                            description = "Order of the products, ties by id; without it, by name, or with q the"
                                    + " best matches first (every word in the name before those found in the"
                                    + " description), then by name",
                            schema =
                                    @Schema(
                                            type = "string",
                                            allowableValues = {"name", "price", "-price", "newest"},
                                            defaultValue = "name"))
                    String sort,
            Authentication authentication) {
        Instant now = clock.instant();
        PageRequest request = paging.toRequest();
        Page<Product> found = catalog.browse(q, sort, request);
        if (request.page() == 0) {
            // A search counts once, when its first page is asked for; paging through it does not.
            searches.record(q, CurrentUser.id(authentication), found.totalItems());
        }
        return PageView.of(found, product -> ProductView.of(product, now));
    }

    @Get(uri = "/{id}", produces = MediaType.APPLICATION_JSON)
    @Operation(summary = "One product")
    @ApiResponse(responseCode = "200", description = "The product")
    @ErrorResponses.IdNotANumber
    @ErrorResponses.SignInRequired
    @ErrorResponses.UnknownOrWithdrawnProduct
    public ProductView show(@PathVariable long id) {
        return ProductView.of(catalog.show(ProductIds.of(id)), clock.instant());
    }

    @Get(uri = "/{id}/recommendations", produces = MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Products bought together with this one",
            description = "Active products paid for in the same orders, those bought with it most often first;"
                    + " at most six, possibly none.")
    @ApiResponse(responseCode = "200", description = "The products")
    @ErrorResponses.IdNotANumber
    @ErrorResponses.SignInRequired
    @ErrorResponses.UnknownOrWithdrawnProduct
    public List<ProductView> recommendations(@PathVariable long id) {
        Instant now = clock.instant();
        return recommendations.boughtTogetherWith(ProductIds.of(id)).stream()
                .map(product -> ProductView.of(product, now))
                .toList();
    }
}
