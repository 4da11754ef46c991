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
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Clock;
import java.time.Instant;
import turgus.application.catalog.port.in.BrowseCatalogQuery;
import turgus.web.platform.ErrorBody;
import turgus.web.platform.PageView;
import turgus.web.platform.Paging;

/** The catalog as signed-in shoppers see it: active products only. */
@Controller("/api/products")
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "Catalog")
public class ProductController {
    private final BrowseCatalogQuery catalog;
    private final Clock clock;

    public ProductController(BrowseCatalogQuery catalog, Clock clock) {
        this.catalog = catalog;
        this.clock = clock;
    }

    @Get(produces = MediaType.APPLICATION_JSON)
    @Operation(summary = "Browse and search the catalog", description = "A page of active products.")
    @ApiResponse(responseCode = "200", description = "A page of products")
    @ApiResponse(
            responseCode = "400",
            description = "Bad page, size or sort",
            content = @Content(schema = @Schema(implementation = ErrorBody.class)))
    @ApiResponse(
            responseCode = "401",
            description = "No valid access token",
            content = @Content(schema = @Schema(implementation = ErrorBody.class)))
    public PageView<ProductView> browse(
            @RequestBean Paging paging,
            @Nullable @QueryValue("q") @Parameter(description = "Words to find in names and descriptions") String q,
            @Nullable
                    @QueryValue("sort")
                    @Parameter(
                            description = "Order of the products",
                            schema =
                                    @Schema(
                                            type = "string",
                                            allowableValues = {"name", "price", "-price", "newest"},
                                            defaultValue = "name"))
                    String sort) {
        Instant now = clock.instant();
        return PageView.of(catalog.browse(q, sort, paging.toRequest()), product -> ProductView.of(product, now));
    }

    @Get(uri = "/{id}", produces = MediaType.APPLICATION_JSON)
    @Operation(summary = "One product")
    @ApiResponse(responseCode = "200", description = "The product")
    @ApiResponse(
            responseCode = "400",
            description = "The id is not a number",
            content = @Content(schema = @Schema(implementation = ErrorBody.class)))
    @ApiResponse(
            responseCode = "401",
            description = "No valid access token",
            content = @Content(schema = @Schema(implementation = ErrorBody.class)))
    @ApiResponse(
            responseCode = "404",
            description = "Unknown or withdrawn product",
            content = @Content(schema = @Schema(implementation = ErrorBody.class)))
    public ProductView show(@PathVariable long id) {
        return ProductView.of(catalog.show(ProductIds.of(id)), clock.instant());
    }
}
