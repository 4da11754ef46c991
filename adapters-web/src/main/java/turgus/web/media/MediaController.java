package turgus.web.media;

import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.server.types.files.SystemFile;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirements;
import io.swagger.v3.oas.annotations.tags.Tag;
import turgus.application.shared.NotFoundException;
import turgus.web.platform.ErrorResponses;
import turgus.web.platform.SecurityHeadersFilter;

/**
 * Serves stored product and profile pictures to anyone (an {@code <img>} sends no token). Names are checked
 * against the store's own pattern before any file is touched, so {@code ..} or a slash can never
 * reach the file system. Names are never reused, so pictures may be cached for a year.
 */
@Controller("/media")
@Secured(SecurityRule.IS_ANONYMOUS)
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "Pictures")
public class MediaController {
    public static final String PRODUCTS = "/media/products";
    public static final String PROFILES = "/media/profiles";
    /** An SVG is a document that could hold script: shown alone, it may run nothing and load nothing. */
    public static final String SVG_POLICY = "default-src 'none'; style-src 'unsafe-inline'; sandbox";

    private final FileProductImageStore products;
    private final FileProfilePictureStore profiles;

    public MediaController(FileProductImageStore products, FileProfilePictureStore profiles) {
        this.products = products;
        this.profiles = profiles;
    }

    public static String productImageUrl(String name) {
        return PRODUCTS + "/" + name;
    }

    public static String profilePictureUrl(String name) {
        return PROFILES + "/" + name;
    }

    @Get("/products/{name}")
    @SecurityRequirements
    @Operation(summary = "A product picture", description = "JPEG, PNG or SVG, as named in a product's imageUrl.")
    @ApiResponse(
            responseCode = "200",
            description = "The picture",
            content = {
                @Content(mediaType = "image/jpeg"),
                @Content(mediaType = "image/png"),
                @Content(mediaType = "image/svg+xml")
            })
    @ErrorResponses.NoSuchPicture
    public HttpResponse<SystemFile> picture(@PathVariable String name) {
        return serve(products, name);
    }

    @Get("/profiles/{name}")
    @SecurityRequirements
    @Operation(
            summary = "A profile picture",
            description = "JPEG, PNG or SVG, as named in an account's pictureUrl; names are random and unguessable.")
    @ApiResponse(
            responseCode = "200",
            description = "The picture",
            content = {
                @Content(mediaType = "image/jpeg"),
                @Content(mediaType = "image/png"),
                @Content(mediaType = "image/svg+xml")
            })
    @ErrorResponses.NoSuchPicture
    public HttpResponse<SystemFile> profilePicture(@PathVariable String name) {
        return serve(profiles, name);
    }

    private static HttpResponse<SystemFile> serve(FilePictureStore store, String name) {
        FilePictureStore.StoredPicture picture =
                store.find(name).orElseThrow(() -> NotFoundException.of(NotFoundException.Resource.PICTURE));
        var response = HttpResponse.ok(new SystemFile(
                        picture.file().toFile(), MediaType.of(picture.format().contentType())))
                .header(HttpHeaders.CACHE_CONTROL, "public, max-age=31536000, immutable")
                .header("X-Content-Type-Options", "nosniff");
        if (picture.format() == PictureFormat.SVG) {
            response.header(SecurityHeadersFilter.CONTENT_SECURITY_POLICY, SVG_POLICY)
                    .header(HttpHeaders.CONTENT_DISPOSITION, "inline");
        }
        return response;
    }
}
