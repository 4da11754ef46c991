package turgus.web.account;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Part;
import io.micronaut.http.annotation.Put;
import io.micronaut.http.multipart.CompletedFileUpload;
import io.micronaut.http.server.util.HttpClientAddressResolver;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import turgus.application.account.port.in.ChangeProfilePictureUseCase;
import turgus.web.media.MediaController;
import turgus.web.platform.ErrorResponses;
import turgus.web.platform.PictureUploads;
import turgus.web.security.CurrentUser;

/** The caller's profile picture. */
@Controller("/api/me/picture")
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "My account")
public class PictureController {
    private final ChangeProfilePictureUseCase pictures;
    private final HttpClientAddressResolver addresses;

    public PictureController(ChangeProfilePictureUseCase pictures, HttpClientAddressResolver addresses) {
        this.pictures = pictures;
        this.addresses = addresses;
    }

    @Put(consumes = MediaType.MULTIPART_FORM_DATA, produces = MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Replace my picture",
            description = "A JPEG, PNG or SVG of at most 2 MB in the part \"picture\", checked by its content."
                    + " Pictures are re-encoded to at most 1200×1200; SVGs are cleaned of scripts and served so"
                    + " that they can run none.")
    @ApiResponse(responseCode = "200", description = "Where the new picture is")
    @ErrorResponses.NotAPicture
    @ErrorResponses.SignInRequired
    @ErrorResponses.TooLarge
    public PictureView replace(
            @Part("picture") CompletedFileUpload picture, Authentication authentication, HttpRequest<?> http)
            throws IOException {
        String name = pictures.changePicture(
                CurrentUser.id(authentication), PictureUploads.bytesOf(picture), addresses.resolve(http));
        return new PictureView(MediaController.profilePictureUrl(name));
    }

    /** Where the picture is served. */
    @Serdeable
    @Schema(name = "Picture")
    public record PictureView(String pictureUrl) {}
}
