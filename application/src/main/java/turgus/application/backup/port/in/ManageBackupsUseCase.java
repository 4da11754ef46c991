package turgus.application.backup.port.in;

import java.nio.file.Path;
import java.util.List;
import turgus.application.backup.port.out.StoredBackup;
import turgus.domain.account.UserId;

/** An admin makes, lists, downloads and deletes backups of all the shop's data. */
public interface ManageBackupsUseCase {
    /** Makes a backup of every table (one consistent snapshot) and every picture. */
    StoredBackup create(UserId admin, String ip);

    /** Every kept backup, newest first. */
    List<StoredBackup> list();

    /**
     * The file of the backup {@code id}.
     *
     * @throws turgus.application.shared.NotFoundException for an unknown (or impossible) id
     */
    Path file(String id);

    /**
     * Deletes the backup {@code id}.
     *
     * @throws turgus.application.shared.NotFoundException for an unknown (or impossible) id
     */
    void delete(String id, UserId admin, String ip);
}
