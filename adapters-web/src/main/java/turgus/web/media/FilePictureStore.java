package turgus.web.media;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Optional;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import turgus.application.shared.UnsupportedImageException;

/**
 * Pictures as files in one folder under the data folder, outside any web root and
 * under random names the store makes up itself (32 hex digits and the format's extension), so
 * that no uploaded name ever reaches the file system. What a file is, is decided by its bytes: JPEG
 * and PNG by their magic numbers and a full decode (then re-encoded), SVG by a safe XML parse (then
 * cleaned). Anything else is refused.
 */
public abstract class FilePictureStore {
    public static final String REFUSAL = "The file must be a JPEG, PNG or SVG picture";
    static final Pattern NAME = Pattern.compile("^[0-9a-f]{32}\\.(jpg|png|svg)$");
    private static final Logger LOG = LoggerFactory.getLogger(FilePictureStore.class);

    private final Path folder;
    private final SecureRandom random = new SecureRandom();

    protected FilePictureStore(Path folder) {
        this.folder = folder.toAbsolutePath().normalize();
    }

    public String store(byte[] content) throws UnsupportedImageException {
        if (content == null || content.length == 0) {
            throw new UnsupportedImageException(REFUSAL);
        }
        try {
            Optional<PictureFormat> raster = PictureFormat.sniffRaster(content);
            if (raster.isPresent()) {
                return write(RasterPictures.reencode(content, raster.get()), raster.get());
            }
            if (SvgSanitizer.looksLikeXml(content)) {
                return write(SvgSanitizer.sanitize(content), PictureFormat.SVG);
            }
        } catch (NotAPicture refused) {
            throw new UnsupportedImageException(REFUSAL);
        }
        throw new UnsupportedImageException(REFUSAL);
    }

    public void delete(String name) {
        if (!isValidName(name)) {
            return;
        }
        try {
            Files.deleteIfExists(folder.resolve(name));
        } catch (IOException stillThere) {
            LOG.warn("Could not delete the old picture {}", name, stillThere);
        }
    }

    /** The stored picture named {@code name}, if the name is one this store could have made. */
    public Optional<StoredPicture> find(String name) {
        if (!isValidName(name)) {
            return Optional.empty();
        }
        Path file = folder.resolve(name);
        if (!file.getParent().equals(folder) || !Files.isRegularFile(file)) {
            return Optional.empty();
        }
        String extension = name.substring(name.lastIndexOf('.') + 1);
        return PictureFormat.ofExtension(extension).map(format -> new StoredPicture(file, format));
    }

    public static boolean isValidName(String name) {
        return name != null && NAME.matcher(name).matches();
    }

    private String write(byte[] picture, PictureFormat format) {
        byte[] id = new byte[16];
        random.nextBytes(id);
        String name = HexFormat.of().formatHex(id) + "." + format.extension();
        try {
            Files.createDirectories(folder);
            Path temporary = Files.createTempFile(folder, "upload-", ".tmp");
            try {
                Files.write(temporary, picture);
                Files.move(temporary, folder.resolve(name), StandardCopyOption.ATOMIC_MOVE);
            } finally {
                Files.deleteIfExists(temporary);
            }
            return name;
        } catch (IOException unwritable) {
            throw new UncheckedIOException("Could not store a picture in " + folder, unwritable);
        }
    }

    /** A picture file and its format. */
    public record StoredPicture(Path file, PictureFormat format) {}
}
