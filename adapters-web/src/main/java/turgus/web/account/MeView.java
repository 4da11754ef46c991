package turgus.web.account;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.util.List;
import turgus.domain.account.Account;
import turgus.domain.account.Role;
import turgus.web.media.MediaController;

/** The signed-in user's own account. */
@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
@Schema(name = "Me")
public record MeView(
        long id,
        String fullName,
        String email,
        String phone,

        @Nullable @Schema(description = "URL of the profile picture; null shows the default picture")
        String pictureUrl,

        @Schema(example = "[\"CUSTOMER\"]") List<String> roles,
        Instant createdAt,

        @Schema(description = "Where the customer stands in the loyalty programme")
        LoyaltyView loyalty) {

    public static MeView of(Account account, LoyaltyView loyalty) {
        return new MeView(
                account.id().value(),
                account.fullName().value(),
                account.email().value(),
                account.phone().value(),
                account.pictureName() == null ? null : MediaController.profilePictureUrl(account.pictureName()),
                account.roles().stream().sorted().map(Role::name).toList(),
                account.createdAt(),
                loyalty);
    }
}
