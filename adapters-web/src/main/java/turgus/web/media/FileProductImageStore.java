package turgus.web.media;

import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import java.nio.file.Path;
import turgus.application.catalog.port.out.ProductImageStore;

/** Product pictures, under {@code <data dir>/media/products/}. */
@Singleton
public class FileProductImageStore extends FilePictureStore implements ProductImageStore {
    public FileProductImageStore(@Value("${shop.data-dir:./data}") String dataDir) {
        super(Path.of(dataDir, "media", "products"));
    }
}
