package turgus.application.account.port.out;

import turgus.application.shared.UnsupportedImageException;

/** Where profile pictures are kept, checked by content and re-encoded or sanitised on the way in. */
public interface ProfilePictureStore {
    /**
     * @return the new picture's generated name
     * @throws UnsupportedImageException when the content is not a JPEG, PNG or SVG picture
     */
    String store(byte[] content) throws UnsupportedImageException;

    void delete(String name);
}
