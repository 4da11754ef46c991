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
}
