package turgus.web.account;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;

/** The bodies of registration. Every field may be missing: the use case names each wrong one. */
public final class RegistrationRequests {
    private RegistrationRequests() {}

    @Serdeable
    @Schema(name = "RegisterRequest")
    public record Register(
            @Nullable @Schema(example = "Jane Doe") String fullName,
            @Nullable @Schema(example = "jane@example.com") String email,

            @Nullable @Schema(description = "Spaces, dashes and brackets are removed", example = "+7 912 345-67-89")
            String phone,

            @Nullable @Schema(format = "password") String password,
            @Nullable @Schema(format = "password") String passwordConfirmation) {
        @Override
        public String toString() {
            return "Register[email=" + email + ", passwords=<hidden>]";
        }
    }

    @Serdeable
    @Schema(name = "RegistrationStarted")
    public record Started(
            @Schema(description = "Where the code was mailed")
            String email,

            @Schema(description = "Until when the code can be typed")
            Instant expiresAt) {}

    @Serdeable
    @Schema(name = "ConfirmRegistrationRequest")
    public record Confirm(
            @Nullable @Schema(example = "jane@example.com") String email,

            @Nullable @Schema(description = "The 6-digit code from the mail", example = "042917")
            String code) {}
}
