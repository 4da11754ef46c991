package turgus.web.security;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import turgus.application.account.port.in.RefreshTokenCommand;
import turgus.domain.shared.FieldRule;
import turgus.domain.shared.FieldValidation;

/** A refresh token traded for a new pair, in OAuth 2.0's words. */
@Serdeable
@Schema(name = "RefreshRequest")
public record RefreshRequest(
        @JsonProperty("grant_type") @Nullable @Schema(example = "refresh_token")
        String grantType,

        @JsonProperty("refresh_token") @Nullable @Schema(description = "The refresh token of the last login or refresh")
        String refreshToken) {

    public static final String GRANT_TYPE = "grant_type";
    public static final String REFRESH_GRANT = "refresh_token";

    /** The names of the wire (grant_type, refresh_token) in every complaint. */
    public void validate() {
        FieldValidation validation = new FieldValidation();
        if (grantType == null || grantType.isBlank()) {
            validation.reject(GRANT_TYPE, FieldRule.REQUIRED);
        } else if (!REFRESH_GRANT.equals(grantType)) {
            validation.reject(GRANT_TYPE, FieldRule.NOT_ONE_OF, "allowed", "refresh_token");
        }
        if (refreshToken == null || refreshToken.isBlank()) {
            validation.reject(RefreshTokenCommand.FIELD, FieldRule.REQUIRED);
        } else if (refreshToken.length() > 200) {
            validation.reject(RefreshTokenCommand.FIELD, FieldRule.TOO_LONG, "max", 200);
        }
        validation.throwIfInvalid();
    }

    @Override
    public String toString() {
        return "RefreshRequest[grantType=" + grantType + ", refreshToken=<hidden>]";
    }
}
