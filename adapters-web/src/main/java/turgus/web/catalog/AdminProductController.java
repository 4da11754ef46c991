package turgus.web.catalog;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Part;
import io.micronaut.http.annotation.Patch;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.annotation.RequestBean;
import io.micronaut.http.multipart.CompletedFileUpload;
import io.micronaut.json.JsonMapper;
import io.micronaut.json.tree.JsonNode;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.parameters.RequestBody;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import turgus.application.catalog.port.in.AddProductCommand;
import turgus.application.catalog.port.in.AddProductUseCase;
import turgus.application.catalog.port.in.BrowseAllProductsQuery;
import turgus.application.catalog.port.in.ChangeProductAvailabilityUseCase;
import turgus.application.catalog.port.in.EditProductCommand;
import turgus.application.catalog.port.in.EditProductUseCase;
import turgus.application.catalog.port.in.ReplaceProductImageUseCase;
import turgus.application.catalog.port.in.RestockProductUseCase;
import turgus.application.shared.Page;
import turgus.domain.catalog.Product;
import turgus.domain.catalog.ProductId;
import turgus.domain.shared.FieldRule;
import turgus.domain.shared.InvalidValueException;
import turgus.domain.shared.Quantity;
import turgus.web.platform.ErrorResponses;
import turgus.web.platform.PageView;
import turgus.web.platform.Paging;
import turgus.web.platform.PictureUploads;
import turgus.web.security.CurrentUser;

/** The admins' catalog: withdrawn products too, and every change. */
@Controller("/api/admin/products")
@Secured("ADMIN")
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "Admin: products")
@ErrorResponses.AdminOnly
public class AdminProductController {
    private final BrowseAllProductsQuery catalog;
    private final AddProductUseCase adding;
    private final EditProductUseCase editing;
    private final RestockProductUseCase restocking;
    private final ChangeProductAvailabilityUseCase availability;
    private final ReplaceProductImageUseCase images;
    private final JsonMapper json;
    private final Clock clock;

    public AdminProductController(
            BrowseAllProductsQuery catalog,
            AddProductUseCase adding,
            EditProductUseCase editing,
            RestockProductUseCase restocking,
            ChangeProductAvailabilityUseCase availability,
            ReplaceProductImageUseCase images,
            JsonMapper json,
            Clock clock) {
        this.catalog = catalog;
        this.adding = adding;
        this.editing = editing;
        this.restocking = restocking;
        this.availability = availability;
        this.images = images;
        this.json = json;
        this.clock = clock;
    }

    @Get(produces = MediaType.APPLICATION_JSON)
    @Operation(summary = "List and search all products", description = "Withdrawn products too, newest first.")
    @ApiResponse(responseCode = "200", description = "A page of products")
    @ErrorResponses.BadQuery
    public PageView<AdminProductView> list(
            @RequestBean Paging paging,
            @Nullable @QueryValue("q") @Parameter(description = "Words to find in names and descriptions") String q,
            @Nullable
                    @QueryValue("status")
                    @Parameter(
                            description = "Which products",
                            schema =
                                    @Schema(
                                            type = "string",
                                            allowableValues = {"active", "withdrawn", "all"},
                                            defaultValue = "all"))
                    String status,
            @Nullable
                    @QueryValue("onSale")
                    @Parameter(
                            description = "true: only the products whose sale runs now",
                            schema = @Schema(type = "boolean", defaultValue = "false"))
                    String onSale) {
        Instant now = clock.instant();
        Page<Product> found = onlyOnSale(onSale)
                ? catalog.browseOnSale(q, status, now, paging.toRequest())
                : catalog.browseAll(q, status, paging.toRequest());
        return PageView.of(found, product -> AdminProductView.of(product, now));
    }

    /** {@code true} or {@code false} exactly: the decoder would take any other word for false. */
    private static boolean onlyOnSale(@Nullable String onSale) {
        if (onSale == null || onSale.isBlank() || onSale.equalsIgnoreCase("false")) {
            return false;
        }
        if (onSale.equalsIgnoreCase("true")) {
            return true;
        }
        throw new InvalidValueException("onSale", FieldRule.NOT_A_BOOLEAN);
    }

    @Get(uri = "/{id}", produces = MediaType.APPLICATION_JSON)
    @Operation(summary = "One product, withdrawn or not")
    @ApiResponse(responseCode = "200", description = "The product")
    @ErrorResponses.IdNotANumber
    @ErrorResponses.UnknownProduct
    public AdminProductView show(@PathVariable long id) {
        return view(catalog.showAny(ProductIds.of(id)));
    }

    @Post(consumes = MediaType.APPLICATION_JSON, produces = MediaType.APPLICATION_JSON)
    @Operation(summary = "Add a product")
    @ApiResponse(responseCode = "201", description = "Added; Location names the new product")
    @ErrorResponses.InvalidFields
    public HttpResponse<AdminProductView> add(@Body NewProductRequest request, Authentication authentication) {
        Product added = adding.add(
                AddProductCommand.of(request.name(), request.description(), request.price(), request.stock()),
                CurrentUser.id(authentication));
        return HttpResponse.created(
                view(added),
                URI.create("/api/admin/products/" + added.requireId().value()));
    }

    @Patch(uri = "/{id}", consumes = MediaType.APPLICATION_JSON, produces = MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Change a product",
            description = "Any of name, description, price, salePercent, saleEndsAt. A salePercent of null ends"
                    + " the sale.")
    @RequestBody(content = @Content(schema = @Schema(implementation = ProductChanges.class)))
    @ApiResponse(responseCode = "200", description = "The changed product")
    @ErrorResponses.InvalidFields
    @ErrorResponses.UnknownProduct
    public AdminProductView edit(@PathVariable long id, @Body JsonNode body, Authentication authentication)
            throws IOException {
        ProductId productId = ProductIds.of(id);
        if (!body.isObject()) {
            throw new InvalidValueException("body", FieldRule.NOT_AN_OBJECT);
        }
        ProductChanges changes = json.readValueFromTree(body, ProductChanges.class);
        boolean saleGiven =
                body.get(ProductChanges.SALE_PERCENT) != null || body.get(ProductChanges.SALE_ENDS_AT) != null;
        return view(editing.edit(
                EditProductCommand.of(
                        productId,
                        changes.name(),
                        changes.description(),
                        changes.price(),
                        saleGiven,
                        changes.salePercent(),
                        changes.saleEndsAt()),
                CurrentUser.id(authentication)));
    }

    @Put(uri = "/{id}/image", consumes = MediaType.MULTIPART_FORM_DATA, produces = MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Replace the product's picture",
            description = "A JPEG, PNG or SVG of at most 2 MB in the part \"image\". Pictures are re-encoded to at"
                    + " most 1200×1200; SVGs are cleaned of scripts.")
    @ApiResponse(responseCode = "200", description = "The product with its new picture")
    @ErrorResponses.NotAPicture
    @ErrorResponses.UnknownProduct
    @ErrorResponses.TooLarge
    public AdminProductView replaceImage(
            @PathVariable long id, @Part("image") CompletedFileUpload image, Authentication authentication)
            throws IOException {
        ProductId productId = ProductIds.of(id);
        return view(images.replaceImage(productId, PictureUploads.bytesOf(image), CurrentUser.id(authentication)));
    }

    @Post(uri = "/{id}/restock", consumes = MediaType.APPLICATION_JSON, produces = MediaType.APPLICATION_JSON)
    @Operation(summary = "Add delivered items to the stock", description = "The stock may not pass 1,000,000.")
    @ApiResponse(responseCode = "200", description = "The product with its new stock")
    @ErrorResponses.InvalidFields
    @ErrorResponses.UnknownProduct
    public AdminProductView restock(
            @PathVariable long id, @Body RestockRequest request, Authentication authentication) {
        ProductId productId = ProductIds.of(id);
        Integer quantity = request.quantity();
        if (quantity == null) {
            throw new InvalidValueException("quantity", FieldRule.REQUIRED);
        }
        return view(restocking.restock(productId, Quantity.of(quantity), CurrentUser.id(authentication)));
    }

    @Post(uri = "/{id}/withdraw", produces = MediaType.APPLICATION_JSON)
    @Operation(summary = "Withdraw a product from sale", description = "Shoppers no longer see it. Idempotent.")
    @ApiResponse(responseCode = "200", description = "The withdrawn product")
    @ErrorResponses.UnknownProduct
    public AdminProductView withdraw(@PathVariable long id, Authentication authentication) {
        return view(availability.withdraw(ProductIds.of(id), CurrentUser.id(authentication)));
    }

    @Post(uri = "/{id}/reinstate", produces = MediaType.APPLICATION_JSON)
    @Operation(summary = "Put a withdrawn product back on sale", description = "Idempotent.")
    @ApiResponse(responseCode = "200", description = "The product, on sale again")
    @ErrorResponses.UnknownProduct
    public AdminProductView reinstate(@PathVariable long id, Authentication authentication) {
        return view(availability.reinstate(ProductIds.of(id), CurrentUser.id(authentication)));
    }

    private AdminProductView view(Product product) {
        return AdminProductView.of(product, clock.instant());
    }
}
