package turgus.web.security;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;

/** A new session's tokens, named as OAuth 2.0 names them, and who signed in. */
@Serdeable
@Schema(name = "LoginResponse")
public record LoginResponse(
        @JsonProperty("access_token") @Schema(description = "JWT for the Authorization: Bearer header")
        String accessToken,

        @JsonProperty("refresh_token") @Schema(description = "Trades for a new token pair at /api/auth/token")
        String refreshToken,

        @JsonProperty("token_type") @Schema(example = "Bearer")
        String tokenType,

        @JsonProperty("expires_in") @Schema(description = "Seconds until the access token expires", example = "900")
        long expiresIn,

        @Schema(description = "The account's email") String username,
        @Schema(example = "[\"CUSTOMER\"]") List<String> roles) {

    @Override
    public String toString() {
        return "LoginResponse[username=" + username + ", roles=" + roles + "]";
    }
}
