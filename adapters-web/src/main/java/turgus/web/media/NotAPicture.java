package turgus.web.media;

/** The uploaded bytes are not a picture the shop can read; the store answers it in plain words. */
final class NotAPicture extends RuntimeException {
    NotAPicture() {
        super(null, null, false, false);
    }
}
