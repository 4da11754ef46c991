package turgus.web.media;

import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import java.nio.file.Path;
import turgus.application.account.port.out.ProfilePictureStore;

/** Profile pictures, under {@code <data dir>/media/profiles/}. */
@Singleton
public class FileProfilePictureStore extends FilePictureStore implements ProfilePictureStore {
    public FileProfilePictureStore(@Value("${shop.data-dir:./data}") String dataDir) {
        super(Path.of(dataDir, "media", "profiles"));
    }
}
