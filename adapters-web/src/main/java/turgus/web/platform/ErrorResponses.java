package turgus.web.platform;

import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The error answers that many routes share, documented once for the OpenAPI document: put one on a
 * controller or a route instead of repeating its {@link ApiResponse}. They describe; the security
 * rules themselves stay in {@code @Secured}.
 */
public final class ErrorResponses {
    private ErrorResponses() {}

    /** The route needs a valid access token: without one it answers the exact 401 body. */
    @Documented
    @Retention(RetentionPolicy.RUNTIME)
    @Target({ElementType.METHOD, ElementType.TYPE})
    @ApiResponse(
            responseCode = "401",
            description = "No valid access token",
            content = @Content(schema = @Schema(implementation = ErrorBody.class)))
    public @interface SignInRequired {}

    /** The route is for admins: 401 without a valid token, 403 for anyone else. */
    @Documented
    @Retention(RetentionPolicy.RUNTIME)
    @Target({ElementType.METHOD, ElementType.TYPE})
    @ApiResponse(
            responseCode = "401",
            description = "No valid access token",
            content = @Content(schema = @Schema(implementation = ErrorBody.class)))
    @ApiResponse(
            responseCode = "403",
            description = "Not an admin",
            content = @Content(schema = @Schema(implementation = ErrorBody.class)))
    public @interface AdminOnly {}

    /** A product route: no product has this id. */
    @Documented
    @Retention(RetentionPolicy.RUNTIME)
    @Target({ElementType.METHOD, ElementType.TYPE})
    @ApiResponse(
            responseCode = "404",
            description = "Unknown product",
            content = @Content(schema = @Schema(implementation = ErrorBody.class)))
    public @interface UnknownProduct {}

    /** A shopper's product route: no product on sale has this id. */
    @Documented
    @Retention(RetentionPolicy.RUNTIME)
    @Target({ElementType.METHOD, ElementType.TYPE})
    @ApiResponse(
            responseCode = "404",
            description = "Unknown or withdrawn product",
            content = @Content(schema = @Schema(implementation = ErrorBody.class)))
    public @interface UnknownOrWithdrawnProduct {}

    /** An admin's promo code route: no promo code has this name. */
    @Documented
    @Retention(RetentionPolicy.RUNTIME)
    @Target({ElementType.METHOD, ElementType.TYPE})
    @ApiResponse(
            responseCode = "404",
            description = "Unknown promo code",
            content = @Content(schema = @Schema(implementation = ErrorBody.class)))
    public @interface UnknownPromoCode {}

    /** A picture route: no stored picture has this name. */
    @Documented
    @Retention(RetentionPolicy.RUNTIME)
    @Target({ElementType.METHOD, ElementType.TYPE})
    @ApiResponse(
            responseCode = "404",
            description = "No such picture",
            content = @Content(schema = @Schema(implementation = ErrorBody.class)))
    public @interface NoSuchPicture {}

    /** A route with a numeric id in its path. */
    @Documented
    @Retention(RetentionPolicy.RUNTIME)
    @Target({ElementType.METHOD, ElementType.TYPE})
    @ApiResponse(
            responseCode = "400",
            description = "The id is not a number",
            content = @Content(schema = @Schema(implementation = ErrorBody.class)))
    public @interface IdNotANumber {}

    /** A route whose body is checked field by field. */
    @Documented
    @Retention(RetentionPolicy.RUNTIME)
    @Target({ElementType.METHOD, ElementType.TYPE})
    @ApiResponse(
            responseCode = "400",
            description = "Invalid fields, each named",
            content = @Content(schema = @Schema(implementation = ErrorBody.class)))
    public @interface InvalidFields {}

    /** A form whose fields are checked one by one. */
    @Documented
    @Retention(RetentionPolicy.RUNTIME)
    @Target({ElementType.METHOD, ElementType.TYPE})
    @ApiResponse(
            responseCode = "400",
            description = "Fields to correct, each with its problem",
            content = @Content(schema = @Schema(implementation = ErrorBody.class)))
    public @interface FieldsToCorrect {}

    /** A paged list: {@code page} or {@code size} out of range. */
    @Documented
    @Retention(RetentionPolicy.RUNTIME)
    @Target({ElementType.METHOD, ElementType.TYPE})
    @ApiResponse(
            responseCode = "400",
            description = "Bad page or size",
            content = @Content(schema = @Schema(implementation = ErrorBody.class)))
    public @interface BadPage {}

    /** A cart change that may ask for more than the stock has. */
    @Documented
    @Retention(RetentionPolicy.RUNTIME)
    @Target({ElementType.METHOD, ElementType.TYPE})
    @ApiResponse(
            responseCode = "409",
            description = "More items than in stock (names the product)",
            content = @Content(schema = @Schema(implementation = ErrorBody.class)))
    public @interface OutOfStock {}

    /** An upload of at most 2 MB. */
    @Documented
    @Retention(RetentionPolicy.RUNTIME)
    @Target({ElementType.METHOD, ElementType.TYPE})
    @ApiResponse(
            responseCode = "413",
            description = "Larger than 2 MB",
            content = @Content(schema = @Schema(implementation = ErrorBody.class)))
    public @interface TooLarge {}

    /** A route under the per-address rate limit of {@code /api/auth/*}. */
    @Documented
    @Retention(RetentionPolicy.RUNTIME)
    @Target({ElementType.METHOD, ElementType.TYPE})
    @ApiResponse(
            responseCode = "429",
            description = "Too many requests from this address",
            content = @Content(schema = @Schema(implementation = ErrorBody.class)))
    public @interface RateLimited {}
}
