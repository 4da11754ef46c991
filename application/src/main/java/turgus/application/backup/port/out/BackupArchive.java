package turgus.application.backup.port.out;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Path;
import java.time.Instant;
import turgus.application.backup.port.in.BackupInvalidException;
import turgus.application.backup.port.in.BackupTooNewException;

/**
 * The shop's data as a backup file: every table of the database (as the schema has them now, so
 * that tables added later are included) and every stored picture.
 */
public interface BackupArchive {
    /**
     * Writes a backup of every table, read as one consistent snapshot, and of every picture to
     * {@code out}, row by row (nothing is held in memory as a whole).
     */
    BackupContents write(OutputStream out, Instant createdAt, PictureFiles pictures) throws IOException;

    /**
     * Reads the whole file and checks that it can be restored here: a backup of this shop, complete
     * and readable, of a schema version not newer than the database's, with only tables and columns
     * the database has.
     *
     * @throws BackupInvalidException when it cannot be restored
     * @throws BackupTooNewException when a newer version of the shop made it
     */
    BackupContents check(Path file);

    /**
     * Replaces the rows of every table with those of the (checked) file, inside the caller's unit of
     * work, and makes generated ids continue past the restored ones.
     */
    BackupContents restoreRows(Path file);

    /** Hands each picture of the file to {@code sink}. */
    void readPictures(Path file, PictureSink sink);

    /** Receives the pictures of a backup. */
    @FunctionalInterface
    interface PictureSink {
        void accept(String name, InputStream content) throws IOException;
    }
}
