package turgus.web.media;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Iterator;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import net.coobird.thumbnailator.Thumbnails;

/**
 * Re-encodes JPEG and PNG uploads. Decoding and writing the picture afresh keeps only its pixels:
 * metadata (EXIF with GPS positions, comments) and anything smuggled after the image data are
 * gone. Large pictures shrink to fit {@value #MAX_SIDE}×{@value #MAX_SIDE}; small ones keep their
 * size. The EXIF orientation is applied, so that a phone photo stands the right way up.
 */
final class RasterPictures {
    static final int MAX_SIDE = 1200;
    /** Refused before decoding: a small file can claim a huge canvas and exhaust the memory. */
    static final long MAX_PIXELS = 40_000_000L;

    private RasterPictures() {}

    /** @throws NotAPicture when the bytes do not decode as {@code format} */
    static byte[] reencode(byte[] content, PictureFormat format) {
        long[] size = dimensions(content, format);
        try {
            Thumbnails.Builder<? extends InputStream> builder =
                    Thumbnails.of(new ByteArrayInputStream(content)).useExifOrientation(true);
            if (size[0] <= MAX_SIDE && size[1] <= MAX_SIDE) {
                builder.scale(1.0);
            } else {
                builder.size(MAX_SIDE, MAX_SIDE).keepAspectRatio(true);
            }
            builder.outputFormat(format.imageIoFormat());
            if (format == PictureFormat.JPEG) {
                builder.imageType(BufferedImage.TYPE_INT_RGB).outputQuality(0.85);
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            builder.toOutputStream(out);
            return out.toByteArray();
        } catch (IOException | RuntimeException undecodable) {
            throw new NotAPicture();
        }
    }

    /** Width and height as the file declares them, read without decoding the pixels. */
    private static long[] dimensions(byte[] content, PictureFormat format) {
        Iterator<ImageReader> readers = ImageIO.getImageReadersByFormatName(format.imageIoFormat());
        if (!readers.hasNext()) {
            throw new NotAPicture();
        }
        ImageReader reader = readers.next();
        try (ImageInputStream input = ImageIO.createImageInputStream(new ByteArrayInputStream(content))) {
            reader.setInput(input, true, true);
            long width = reader.getWidth(0);
            long height = reader.getHeight(0);
            if (width < 1 || height < 1 || width * height > MAX_PIXELS) {
                throw new NotAPicture();
            }
            return new long[] {width, height};
        } catch (IOException | RuntimeException unreadable) {
            throw unreadable instanceof NotAPicture notAPicture ? notAPicture : new NotAPicture();
        } finally {
            reader.dispose();
        }
    }
}
