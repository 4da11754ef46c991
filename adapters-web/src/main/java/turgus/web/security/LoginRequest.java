package turgus.web.security;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A login form: an email or a phone number, and a password. */
@Serdeable
@Schema(name = "LoginRequest")
public record LoginRequest(
        @Nullable
        @NotBlank
        @Size(max = 254)
        @Schema(description = "Email or phone number", example = "admin@turgus.local")
        String username,

        @Nullable @NotBlank @Size(max = 1024) @Schema(description = "The password", format = "password")
        String password) {

    @Override
    public String toString() {
        return "LoginRequest[username=" + username + ", password=<hidden>]";
    }
}
