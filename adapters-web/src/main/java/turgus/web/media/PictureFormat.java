package turgus.web.media;

import java.util.Arrays;
import java.util.Optional;

/** The picture formats the shop stores, by the extension of their stored names. */
public enum PictureFormat {
    JPEG("jpg", "image/jpeg", "jpg"),
    PNG("png", "image/png", "png"),
    SVG("svg", "image/svg+xml", null);

    private final String extension;
    private final String contentType;
    private final String imageIoFormat;

    PictureFormat(String extension, String contentType, String imageIoFormat) {
        this.extension = extension;
        this.contentType = contentType;
        this.imageIoFormat = imageIoFormat;
    }

    public String extension() {
        return extension;
    }

    public String contentType() {
        return contentType;
    }

    /** The ImageIO writer's format name; SVG is no raster. */
    String imageIoFormat() {
        return imageIoFormat;
    }

    public static Optional<PictureFormat> ofExtension(String extension) {
        return Arrays.stream(values())
                .filter(f -> f.extension.equals(extension))
                .findFirst();
    }

    /** JPEG and PNG by their first bytes ("magic numbers"); anything else is not a raster we take. */
    static Optional<PictureFormat> sniffRaster(byte[] content) {
        if (startsWith(content, 0xFF, 0xD8, 0xFF)) {
            return Optional.of(JPEG);
        }
        if (startsWith(content, 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A)) {
            return Optional.of(PNG);
        }
        return Optional.empty();
    }

    private static boolean startsWith(byte[] content, int... magic) {
        if (content.length < magic.length) {
            return false;
        }
        for (int i = 0; i < magic.length; i++) {
            if ((content[i] & 0xFF) != magic[i]) {
                return false;
            }
        }
        return true;
    }
}
