package turgus.web.backup;

import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import turgus.application.backup.port.in.BackupIds;
import turgus.application.backup.port.out.BackupFiles;
import turgus.application.backup.port.out.StoredBackup;

/**
 * Backups as {@code <data dir>/backups/<id>.zip}. An id becomes a path only when it is a plain name
 * ({@link BackupIds}) and the resolved file lies directly in the folder. A backup is written to a
 * hidden partial file first and moved into place when complete; its modification time is its
 * creation time.
 */
@Singleton
public class FileBackupFiles implements BackupFiles {
    static final String EXTENSION = ".zip";

    private final Path folder;

    public FileBackupFiles(@Value("${shop.data-dir:./data}") String dataDir) {
        this.folder = Path.of(dataDir, "backups").toAbsolutePath().normalize();
    }

    @Override
    public List<StoredBackup> list() {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(Files::isRegularFile)
                    .map(this::describe)
                    .flatMap(Optional::stream)
                    .sorted(Comparator.comparing(StoredBackup::createdAt)
                            .thenComparing(StoredBackup::id)
                            .reversed())
                    .toList();
        } catch (IOException unreadable) {
            throw new UncheckedIOException("Could not list the backups in " + folder, unreadable);
        }
    }

    private Optional<StoredBackup> describe(Path file) {
        String name = file.getFileName().toString();
        if (!name.endsWith(EXTENSION)) {
            return Optional.empty();
        }
        String id = name.substring(0, name.length() - EXTENSION.length());
        if (!BackupIds.isValid(id)) {
            return Optional.empty();
        }
        try {
            return Optional.of(
                    new StoredBackup(id, Files.getLastModifiedTime(file).toInstant(), Files.size(file)));
        } catch (IOException gone) {
            return Optional.empty();
        }
    }

    @Override
    public Optional<Path> find(String id) {
        if (!BackupIds.isValid(id)) {
            return Optional.empty();
        }
        Path file = folder.resolve(id + EXTENSION).normalize();
        if (!folder.equals(file.getParent()) || !Files.isRegularFile(file)) {
            return Optional.empty();
        }
        return Optional.of(file);
    }

    @Override
    public StoredBackup write(String id, Instant createdAt, Content content) {
        if (!BackupIds.isValid(id)) {
            throw new IllegalArgumentException("Not a backup id: " + id);
        }
        try {
            Files.createDirectories(folder);
            Path partial = Files.createTempFile(folder, ".partial-", ".tmp");
            try {
                try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(partial), 1 << 16)) {
                    content.writeTo(out);
                }
                Files.setLastModifiedTime(partial, FileTime.from(createdAt));
                Path file = folder.resolve(id + EXTENSION);
                Files.move(partial, file, StandardCopyOption.ATOMIC_MOVE);
                return new StoredBackup(id, createdAt, Files.size(file));
            } finally {
                Files.deleteIfExists(partial);
            }
        } catch (IOException unwritable) {
            throw new UncheckedIOException("Could not write the backup " + id + " in " + folder, unwritable);
        }
    }

    @Override
    public boolean delete(String id) {
        Optional<Path> file = find(id);
        if (file.isEmpty()) {
            return false;
        }
        try {
            return Files.deleteIfExists(file.get());
        } catch (IOException stillThere) {
            throw new UncheckedIOException("Could not delete the backup " + id, stillThere);
        }
    }
}
