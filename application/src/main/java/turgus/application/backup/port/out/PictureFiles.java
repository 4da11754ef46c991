package turgus.application.backup.port.out;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.List;

/**
 * The shop's stored pictures (products' and profiles'), as a backup sees them: each by a relative
 * name such as {@code products/0123….png}.
 */
public interface PictureFiles {
    /** Every stored picture's relative name. */
    List<String> list();

    /** Copies the picture's bytes to {@code out}. */
    void copy(String name, OutputStream out) throws IOException;

    /** Whether {@code name} is a relative name this store could have made. */
    boolean isValidName(String name);

    /**
     * Starts replacing every stored picture: pictures added to the answer are kept aside, and only
     * {@link Replacement#commit()} puts them in place of the current ones.
     */
    Replacement replaceAll();

    /** Pictures kept aside until they replace the current ones; closing without a commit discards them. */
    interface Replacement extends AutoCloseable {
        void add(String name, InputStream content) throws IOException;

        void commit();

        @Override
        void close();
    }
}
