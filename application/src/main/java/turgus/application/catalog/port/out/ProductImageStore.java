package turgus.application.catalog.port.out;

import turgus.application.shared.UnsupportedImageException;

/** Keeps product pictures outside any web root, under names it makes up itself. */
public interface ProductImageStore {
    /**
     * Checks that {@code content} really is a supported picture (by its bytes), re-encodes or
     * sanitises it, stores it and answers its new name.
     */
    String store(byte[] content) throws UnsupportedImageException;

    void delete(String name);
}
