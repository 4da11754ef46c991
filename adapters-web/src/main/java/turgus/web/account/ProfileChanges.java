package turgus.web.account;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;

/** The fields of one's own profile that can be changed; a missing one stays as it is. */
@Serdeable
@Schema(name = "ProfileChanges")
public record ProfileChanges(
        @Nullable @Schema(example = "Jane Doe") String fullName,
        @Nullable @Schema(example = "jane@example.com") String email,
        @Nullable @Schema(example = "+79123456789") String phone) {}
