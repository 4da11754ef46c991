package turgus.web.backup;

import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Part;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Status;
import io.micronaut.http.multipart.CompletedFileUpload;
import io.micronaut.http.server.types.files.SystemFile;
import io.micronaut.http.server.util.HttpClientAddressResolver;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import turgus.application.backup.port.in.ManageBackupsUseCase;
import turgus.application.backup.port.in.RestoreBackupUseCase;
import turgus.application.backup.port.in.RestoreCommand;
import turgus.application.backup.port.in.RestoreOutcome;
import turgus.web.platform.ErrorResponses;
import turgus.web.security.AccessTokens;
import turgus.web.security.CurrentUser;

/** Backups of all the shop's data: make, list, download, delete, restore. */
@Controller("/api/admin/backups")
@Secured("ADMIN")
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "Admin: backups")
@ErrorResponses.AdminOnly
public class AdminBackupController {
    private final ManageBackupsUseCase backups;
    private final RestoreBackupUseCase restores;
    private final AccessTokens tokens;
    private final HttpClientAddressResolver addresses;

    public AdminBackupController(
            ManageBackupsUseCase backups,
            RestoreBackupUseCase restores,
            AccessTokens tokens,
            HttpClientAddressResolver addresses) {
        this.backups = backups;
        this.restores = restores;
        this.tokens = tokens;
        this.addresses = addresses;
    }

    @Post(produces = MediaType.APPLICATION_JSON)
    @Status(HttpStatus.CREATED)
    @Operation(
            operationId = "createBackup",
            summary = "Make a backup",
            description = "A ZIP of every table (read as one consistent snapshot) and every picture, kept in the"
                    + " data folder's backups/.")
    @ApiResponse(responseCode = "201", description = "The new backup")
    public BackupViews.BackupView create(Authentication authentication, HttpRequest<?> http) {
        return BackupViews.BackupView.of(backups.create(CurrentUser.id(authentication), addresses.resolve(http)));
    }

    @Get(produces = MediaType.APPLICATION_JSON)
    @Operation(operationId = "listBackups", summary = "The kept backups", description = "Newest first.")
    @ApiResponse(responseCode = "200", description = "The backups")
    public List<BackupViews.BackupView> list() {
        return backups.list().stream().map(BackupViews.BackupView::of).toList();
    }

    @Get(uri = "/{id}", produces = "application/zip")
    @Operation(
            operationId = "downloadBackup",
            summary = "Download a backup",
            description = "The ZIP file, as an attachment.")
    @ApiResponse(
            responseCode = "200",
            description = "The backup file",
            content = @Content(mediaType = "application/zip", schema = @Schema(type = "string", format = "binary")))
    @ErrorResponses.UnknownBackup
    public HttpResponse<SystemFile> download(@PathVariable String id) {
        Path file = backups.file(id);
        return HttpResponse.ok(new SystemFile(file.toFile(), MediaType.of("application/zip")))
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + id + ".zip\"");
    }

    @Delete(uri = "/{id}")
    @Status(HttpStatus.NO_CONTENT)
    @Operation(operationId = "deleteBackup", summary = "Delete a backup")
    @ApiResponse(responseCode = "204", description = "Deleted")
    @ErrorResponses.UnknownBackup
    public void delete(@PathVariable String id, Authentication authentication, HttpRequest<?> http) {
        backups.delete(id, CurrentUser.id(authentication), addresses.resolve(http));
    }

    @Post(uri = "/{id}/restore", produces = MediaType.APPLICATION_JSON)
    @Operation(
            operationId = "restoreBackup",
            summary = "Restore a kept backup",
            description = "Replaces every table in one transaction (all or nothing) and every picture; generated"
                    + " ids continue past the restored ones. Every session is signed out; the answer carries a"
                    + " new session for the caller when their account is in the backup.")
    @ApiResponse(responseCode = "200", description = "Restored")
    @ErrorResponses.UnrestorableBackup
    @ErrorResponses.UnknownBackup
    public BackupViews.RestoreOutcomeView restore(
            @PathVariable String id, Authentication authentication, HttpRequest<?> http) {
        return view(restores.restore(id, command(authentication, http)));
    }

    @Post(uri = "/restore", consumes = MediaType.MULTIPART_FORM_DATA, produces = MediaType.APPLICATION_JSON)
    @Operation(
            operationId = "restoreUploadedBackup",
            summary = "Restore an uploaded backup",
            description = "A backup file (at most 512 MB) in the part \"backup\", restored as a kept one.")
    @ApiResponse(responseCode = "200", description = "Restored")
    @ErrorResponses.UnrestorableBackup
    @ErrorResponses.TooLarge
    public BackupViews.RestoreOutcomeView restoreUpload(
            @Part("backup") CompletedFileUpload backup, Authentication authentication, HttpRequest<?> http)
            throws IOException {
        Path file = Files.createTempFile("turgus-restore-", ".zip");
        try {
            try (InputStream in = backup.getInputStream()) {
                Files.copy(in, file, StandardCopyOption.REPLACE_EXISTING);
            }
            return view(restores.restoreUploaded(file, command(authentication, http)));
        } finally {
            Files.deleteIfExists(file);
        }
    }

    private RestoreCommand command(Authentication authentication, HttpRequest<?> http) {
        return new RestoreCommand(
                CurrentUser.id(authentication), http.getHeaders().get(HttpHeaders.USER_AGENT), addresses.resolve(http));
    }

    private BackupViews.RestoreOutcomeView view(RestoreOutcome outcome) {
        return new BackupViews.RestoreOutcomeView(
                outcome.restoredFrom(),
                outcome.createdAt(),
                outcome.tables(),
                outcome.rows(),
                outcome.signIn().map(tokens::pair).orElse(null));
    }
}
