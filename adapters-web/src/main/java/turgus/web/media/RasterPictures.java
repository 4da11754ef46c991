package turgus.web.media;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Iterator;
import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import net.coobird.thumbnailator.Thumbnails;
import net.coobird.thumbnailator.util.exif.ExifFilterUtils;
import net.coobird.thumbnailator.util.exif.ExifUtils;
import net.coobird.thumbnailator.util.exif.Orientation;

/**
 * Re-encodes JPEG and PNG uploads. Decoding and writing the picture afresh keeps only its pixels:
 * metadata (EXIF with GPS positions, comments) and anything smuggled after the image data are
 * gone. Large pictures shrink to fit {@value #MAX_SIDE}×{@value #MAX_SIDE}; small ones keep their
 * size. The EXIF orientation of a JPEG is applied, so that a phone photo stands the right way up.
 */
final class RasterPictures {
    static final int MAX_SIDE = 1200;
    /** Refused before decoding: a small file can claim a huge canvas. */
    static final long MAX_PIXELS = 40_000_000L;
    /**
     * The longest side a picture is decoded at. A larger one is read with every n-th pixel of
     * every n-th row, so that it is decoded at 1 to 2 times {@value #MAX_SIDE}: a 40-megapixel
     * JPEG (a 500 KB file can be one) would take 160 MB of heap decoded whole, and the shop runs
     * in 128 MB. The pixels skipped would be averaged away by the shrinking anyway, at the price
     * of some sharpness on fine patterns.
     */
    static final int MAX_DECODED_SIDE = 2 * MAX_SIDE;

    private static final int START_OF_SCAN = 0xDA;
    private static final int APP1 = 0xE1;
    private static final byte[] EXIF_HEADER = "Exif\0\0".getBytes(StandardCharsets.ISO_8859_1);

    private RasterPictures() {}

    /** @throws NotAPicture when the bytes do not decode as {@code format} */
    static byte[] reencode(byte[] content, PictureFormat format) {
        Decoded picture = decode(content, format);
        try {
            Thumbnails.Builder<BufferedImage> builder = Thumbnails.of(picture.image());
            if (picture.image().getWidth() <= MAX_SIDE && picture.image().getHeight() <= MAX_SIDE) {
                builder.scale(1.0);
            } else {
                builder.size(MAX_SIDE, MAX_SIDE).keepAspectRatio(true);
            }
            if (picture.orientation() != null && picture.orientation() != Orientation.TOP_LEFT) {
                builder.addFilter(ExifFilterUtils.getFilterForOrientation(picture.orientation()));
            }
            builder.outputFormat(format.imageIoFormat());
            if (format == PictureFormat.JPEG) {
                builder.imageType(BufferedImage.TYPE_INT_RGB).outputQuality(0.85);
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            builder.toOutputStream(out);
            return out.toByteArray();
        } catch (IOException | RuntimeException unwritable) {
            throw new NotAPicture();
        }
    }

    private record Decoded(BufferedImage image, Orientation orientation) {}

    /**
     * The pixels, subsampled when the picture is large, and the orientation a JPEG's EXIF asks
     * for. The declared size is checked before any pixel is decoded.
     */
    private static Decoded decode(byte[] content, PictureFormat format) {
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
            ImageReadParam param = reader.getDefaultReadParam();
            int step = (int) Math.ceil(Math.max(width, height) / (double) MAX_DECODED_SIDE);
            if (step > 1) {
                param.setSourceSubsampling(step, step, 0, 0);
            }
            Orientation orientation = format == PictureFormat.JPEG ? orientation(content) : null;
            return new Decoded(reader.read(0, param), orientation);
        } catch (IOException | RuntimeException unreadable) {
            throw unreadable instanceof NotAPicture notAPicture ? notAPicture : new NotAPicture();
        } finally {
            reader.dispose();
        }
    }

    /**
     * What a JPEG's EXIF segment says, or nothing when it has none or it is unreadable: then the
     * picture is kept as stored. The segment is looked for among those before the image data,
     * wherever it stands (Java's own JPEG metadata refuses a file whose EXIF comes before JFIF's).
     */
    private static Orientation orientation(byte[] jpeg) {
        int at = 2; // after the start-of-image marker
        while (at + 4 <= jpeg.length && (jpeg[at] & 0xFF) == 0xFF) {
            int marker = jpeg[at + 1] & 0xFF;
            if (marker == START_OF_SCAN) {
                break;
            }
            int length = ((jpeg[at + 2] & 0xFF) << 8) | (jpeg[at + 3] & 0xFF);
            if (length < 2 || at + 2 + length > jpeg.length) {
                break;
            }
            if (marker == APP1 && startsWith(jpeg, at + 4, EXIF_HEADER)) {
                try {
                    return ExifUtils.getOrientationFromExif(Arrays.copyOfRange(jpeg, at + 4, at + 2 + length));
                } catch (RuntimeException unreadable) {
                    return null;
                }
            }
            at += 2 + length;
        }
        return null;
    }

    private static boolean startsWith(byte[] bytes, int offset, byte[] prefix) {
        return offset + prefix.length <= bytes.length
                && Arrays.equals(bytes, offset, offset + prefix.length, prefix, 0, prefix.length);
    }
}
