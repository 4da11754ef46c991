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
 * Every error answer of the API, documented once for the OpenAPI document: a controller or a route
 * carries these instead of an {@link ApiResponse} of its own for a 4xx. They describe; the security
 * rules stay in {@code @Secured} and the statuses in {@link RefusalTable}.
 *
 * <p>They are in four groups, in this order: who may call (sign-in, roles, rate limits, the cap on password checks), input
 * (the 400s and the 413), not found (one per kind of thing, plus {@link NotFound} for the rest) and
 * refusals by the shop's state (402, 409, 422). A description names the {@code reason} codes of
 * docs/errors.md and holds for every route that carries the annotation; what only one route
 * refuses for is said in that route's {@code @Operation} description. They stay in one class
 * rather than one per group so that every controller finds every error answer under one name.
 */
public final class ErrorResponses {
    private ErrorResponses() {}

    // Who may call.

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

    /** A route that signs in or keeps a session going: the credentials, the account or the lockout refuse. */
    @Documented
    @Retention(RetentionPolicy.RUNTIME)
    @Target({ElementType.METHOD, ElementType.TYPE})
    @ApiResponse(
            responseCode = "401",
            description = "INVALID_CREDENTIALS (an unknown name and a wrong password alike) or INVALID_REFRESH_TOKEN"
                    + " (the refresh token is unknown, used or expired, or its session has ended)",
            content = @Content(schema = @Schema(implementation = ErrorBody.class)))
    @ApiResponse(
            responseCode = "403",
            description = "ACCOUNT_BLOCKED or ACCOUNT_DEACTIVATED (when signing in, only after the right password)",
            content = @Content(schema = @Schema(implementation = ErrorBody.class)))
    @ApiResponse(
            responseCode = "429",
            description = "LOCKED_OUT by too many failed logins, or too many requests from this address: wait"
                    + " retryAfterSeconds (also in Retry-After)",
            content = @Content(schema = @Schema(implementation = ErrorBody.class)))
    public @interface SignInRefused {}

    /** A route under the per-address rate limit of {@code /api/auth/*}. */
    @Documented
    @Retention(RetentionPolicy.RUNTIME)
    @Target({ElementType.METHOD, ElementType.TYPE})
    @ApiResponse(
            responseCode = "429",
            description = "Too many requests from this address",
            content = @Content(schema = @Schema(implementation = ErrorBody.class)))
    public @interface RateLimited {}

    /**
     * A route that checks or sets a password: when more password checks wait than the shop takes on
     * at once, it is refused before any work is done.
     */
    @Documented
    @Retention(RetentionPolicy.RUNTIME)
    @Target({ElementType.METHOD, ElementType.TYPE})
    @ApiResponse(
            responseCode = "503",
            description = "SERVER_BUSY: too many password checks are waiting; nothing was done. Send the same"
                    + " request again after retryAfterSeconds (also in Retry-After)",
            content = @Content(schema = @Schema(implementation = ErrorBody.class)))
    public @interface ServerBusy {}

    // Input.

    /** A route with a numeric id in its path. */
    @Documented
    @Retention(RetentionPolicy.RUNTIME)
    @Target({ElementType.METHOD, ElementType.TYPE})
    @ApiResponse(
            responseCode = "400",
            description = "The id is not a number",
            content = @Content(schema = @Schema(implementation = ErrorBody.class)))
    public @interface IdNotANumber {}

    /**
     * A route whose body (or Idempotency-Key) is checked field by field. A refusal that names a field
     * ({@code CART_EMPTY}, {@code PROMO_CODE_…}) is said in the route's description.
     */
    @Documented
    @Retention(RetentionPolicy.RUNTIME)
    @Target({ElementType.METHOD, ElementType.TYPE})
    @ApiResponse(
            responseCode = "400",
            description = "Fields to correct, each named in errors with its problem (INVALID_INPUT unless the"
                    + " route says otherwise)",
            content = @Content(schema = @Schema(implementation = ErrorBody.class)))
    public @interface InvalidFields {}

    /** A list or a figure read with query parameters: paging, filters, sorting, limits. */
    @Documented
    @Retention(RetentionPolicy.RUNTIME)
    @Target({ElementType.METHOD, ElementType.TYPE})
    @ApiResponse(
            responseCode = "400",
            description = "A query parameter is missing, out of range or not one of its values (named in errors)",
            content = @Content(schema = @Schema(implementation = ErrorBody.class)))
    public @interface BadQuery {}

    /** A picture upload, checked by its content. */
    @Documented
    @Retention(RetentionPolicy.RUNTIME)
    @Target({ElementType.METHOD, ElementType.TYPE})
    @ApiResponse(
            responseCode = "400",
            description = "UNSUPPORTED_IMAGE: not a JPEG, PNG or SVG picture; or the part that the description"
                    + " names is missing (named in errors)",
            content = @Content(schema = @Schema(implementation = ErrorBody.class)))
    public @interface NotAPicture {}

    /** An upload with a size limit. */
    @Documented
    @Retention(RetentionPolicy.RUNTIME)
    @Target({ElementType.METHOD, ElementType.TYPE})
    @ApiResponse(
            responseCode = "413",
            description = "Larger than the route accepts: 2 MB for a picture, 512 MB for a backup",
            content = @Content(schema = @Schema(implementation = ErrorBody.class)))
    public @interface TooLarge {}

    // Not found: each is NOT_FOUND with details.resource, unless said otherwise.

    /** An admin's product route: no product has this id. */
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

    /** A change to a line of the cart. */
    @Documented
    @Retention(RetentionPolicy.RUNTIME)
    @Target({ElementType.METHOD, ElementType.TYPE})
    @ApiResponse(
            responseCode = "404",
            description = "NOT_IN_CART: the product is not in the cart; when changing a quantity also NOT_FOUND:"
                    + " the product is unknown or withdrawn",
            content = @Content(schema = @Schema(implementation = ErrorBody.class)))
    public @interface NotInCart {}

    /** An order route: a customer sees only their own orders, an admin every order. */
    @Documented
    @Retention(RetentionPolicy.RUNTIME)
    @Target({ElementType.METHOD, ElementType.TYPE})
    @ApiResponse(
            responseCode = "404",
            description = "Unknown order (for a customer: no such order of theirs)",
            content = @Content(schema = @Schema(implementation = ErrorBody.class)))
    public @interface UnknownOrder {}

    /** An admin's account route. */
    @Documented
    @Retention(RetentionPolicy.RUNTIME)
    @Target({ElementType.METHOD, ElementType.TYPE})
    @ApiResponse(
            responseCode = "404",
            description = "Unknown account; a deleted one counts as unknown too, except for a balance adjustment",
            content = @Content(schema = @Schema(implementation = ErrorBody.class)))
    public @interface UnknownUser {}

    /** An admin's promo code route: no promo code has this name. */
    @Documented
    @Retention(RetentionPolicy.RUNTIME)
    @Target({ElementType.METHOD, ElementType.TYPE})
    @ApiResponse(
            responseCode = "404",
            description = "Unknown promo code",
            content = @Content(schema = @Schema(implementation = ErrorBody.class)))
    public @interface UnknownPromoCode {}

    /** A backup route: no kept backup has this id. */
    @Documented
    @Retention(RetentionPolicy.RUNTIME)
    @Target({ElementType.METHOD, ElementType.TYPE})
    @ApiResponse(
            responseCode = "404",
            description = "No such backup",
            content = @Content(schema = @Schema(implementation = ErrorBody.class)))
    public @interface UnknownBackup {}

    /** A picture route: no stored picture has this name. */
    @Documented
    @Retention(RetentionPolicy.RUNTIME)
    @Target({ElementType.METHOD, ElementType.TYPE})
    @ApiResponse(
            responseCode = "404",
            description = "No such picture",
            content = @Content(schema = @Schema(implementation = ErrorBody.class)))
    public @interface NoSuchPicture {}

    /** Any other route that looks one thing up; its description says what a 404 means there. */
    @Documented
    @Retention(RetentionPolicy.RUNTIME)
    @Target({ElementType.METHOD, ElementType.TYPE})
    @ApiResponse(
            responseCode = "404",
            description = "NOT_FOUND: details.resource names what was not found (docs/errors.md)",
            content = @Content(schema = @Schema(implementation = ErrorBody.class)))
    public @interface NotFound {}

    // Refused by the shop's state.

    /** A payment from the balance. */
    @Documented
    @Retention(RetentionPolicy.RUNTIME)
    @Target({ElementType.METHOD, ElementType.TYPE})
    @ApiResponse(
            responseCode = "402",
            description = "INSUFFICIENT_BALANCE: the balance is too low; details say what the order needs and what"
                    + " the balance has",
            content = @Content(schema = @Schema(implementation = ErrorBody.class)))
    public @interface InsufficientBalance {}

    /** A cart change or a checkout that may ask for more than the stock has. */
    @Documented
    @Retention(RetentionPolicy.RUNTIME)
    @Target({ElementType.METHOD, ElementType.TYPE})
    @ApiResponse(
            responseCode = "409",
            description = "OUT_OF_STOCK: more items than in stock (at checkout also a product withdrawn meanwhile);"
                    + " details name the product",
            content = @Content(schema = @Schema(implementation = ErrorBody.class)))
    public @interface OutOfStock {}

    /** A route that gives an account an email or a phone number. */
    @Documented
    @Retention(RetentionPolicy.RUNTIME)
    @Target({ElementType.METHOD, ElementType.TYPE})
    @ApiResponse(
            responseCode = "409",
            description = "EMAIL_TAKEN, PHONE_TAKEN or PREVIOUS_EMAIL_TAKEN: another account has this email or"
                    + " phone number (named in errors)",
            content = @Content(schema = @Schema(implementation = ErrorBody.class)))
    public @interface EmailOrPhoneTaken {}

    /** An admin's change to an account that would lock the admins out of the shop. */
    @Documented
    @Retention(RetentionPolicy.RUNTIME)
    @Target({ElementType.METHOD, ElementType.TYPE})
    @ApiResponse(
            responseCode = "409",
            description = "The admin's own account (CANNOT_CHANGE_OWN_ACCOUNT) or the last active admin (LAST_ADMIN)",
            content = @Content(schema = @Schema(implementation = ErrorBody.class)))
    public @interface OwnAccountOrLastAdmin {}

    /** Any other refusal by the current state; the route's description names its reason. */
    @Documented
    @Retention(RetentionPolicy.RUNTIME)
    @Target({ElementType.METHOD, ElementType.TYPE})
    @ApiResponse(
            responseCode = "409",
            description = "Refused by the current state: the reason code says why; the route's description names"
                    + " it, docs/errors.md lists every reason with its details",
            content = @Content(schema = @Schema(implementation = ErrorBody.class)))
    public @interface Conflict {}

    /** A restore: the backup cannot be read, or is newer than the shop. */
    @Documented
    @Retention(RetentionPolicy.RUNTIME)
    @Target({ElementType.METHOD, ElementType.TYPE})
    @ApiResponse(
            responseCode = "400",
            description = "BACKUP_INVALID: not a backup, damaged or cut short, or with a table or column the shop"
                    + " does not have (details.problem says which); or, for an upload, no part \"backup\" (named in"
                    + " errors). Nothing was changed",
            content = @Content(schema = @Schema(implementation = ErrorBody.class)))
    @ApiResponse(
            responseCode = "409",
            description = "BACKUP_TOO_NEW: made by a newer version of the shop; nothing was changed",
            content = @Content(schema = @Schema(implementation = ErrorBody.class)))
    public @interface UnrestorableBackup {}

    /** A route that takes an Idempotency-Key. */
    @Documented
    @Retention(RetentionPolicy.RUNTIME)
    @Target({ElementType.METHOD, ElementType.TYPE})
    @ApiResponse(
            responseCode = "422",
            description = "IDEMPOTENCY_KEY_REUSED: the Idempotency-Key was already used for a different request",
            content = @Content(schema = @Schema(implementation = ErrorBody.class)))
    public @interface IdempotencyKeyReused {}
}
