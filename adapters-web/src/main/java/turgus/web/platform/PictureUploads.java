package turgus.web.platform;

import io.micronaut.http.exceptions.ContentLengthExceededException;
import io.micronaut.http.multipart.CompletedFileUpload;
import java.io.IOException;

/**
 * The bytes of an uploaded picture, at most {@link #MAX_BYTES}. The server's multipart limit is as
 * large as a backup upload, and a body sent without a length passes {@link BodySizeFilter}, so every
 * picture route checks the part itself: a larger one is the 413 of a body too large.
 */
public final class PictureUploads {
    public static final long MAX_BYTES = 2L * 1024 * 1024;

    private PictureUploads() {}

    public static byte[] bytesOf(CompletedFileUpload upload) throws IOException {
        if (upload.getSize() > MAX_BYTES) {
            throw new ContentLengthExceededException(MAX_BYTES, upload.getSize());
        }
        return upload.getBytes();
    }
}
