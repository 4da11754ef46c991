package turgus.web.account;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;

/** The bodies of the password forms. Every field may be missing: the use cases name what is wrong. */
public final class PasswordRequests {
    private PasswordRequests() {}

    @Serdeable
    @Schema(name = "ForgotPasswordRequest")
    public record Forgot(
            @Nullable @Schema(example = "jane@example.com") String email) {}

    @Serdeable
    @Schema(name = "ResetPasswordRequest")
    public record Reset(
            @Nullable @Schema(description = "The token of the mailed link")
            String token,

            @Nullable @Schema(format = "password") String newPassword,
            @Nullable @Schema(format = "password") String newPasswordConfirmation) {
        @Override
        public String toString() {
            return "Reset[<hidden>]";
        }
    }

    @Serdeable
    @Schema(name = "ChangePasswordRequest")
    public record Change(
            @Nullable @Schema(format = "password") String oldPassword,
            @Nullable @Schema(format = "password") String newPassword,
            @Nullable @Schema(format = "password") String newPasswordConfirmation) {
        @Override
        public String toString() {
            return "Change[<hidden>]";
        }
    }
}
