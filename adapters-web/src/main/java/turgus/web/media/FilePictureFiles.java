package turgus.web.media;

import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import turgus.application.backup.port.in.BackupInvalidException;
import turgus.application.backup.port.out.PictureFiles;

/**
 * The stored pictures as a backup sees them: {@code products/<name>} and {@code profiles/<name>}
 * under {@code <data dir>/media/}, with the names the picture stores make. A restore writes the
 * backup's pictures into a folder beside them and swaps each folder in only when the database has
 * been restored.
 */
@Singleton
public class FilePictureFiles implements PictureFiles {
    static final List<String> FOLDERS = List.of("products", "profiles");

    private final Path media;

    public FilePictureFiles(@Value("${shop.data-dir:./data}") String dataDir) {
        this.media = Path.of(dataDir, "media").toAbsolutePath().normalize();
    }

    @Override
    public List<String> list() {
        List<String> names = new ArrayList<>();
        for (String folder : FOLDERS) {
            Path directory = media.resolve(folder);
            if (!Files.isDirectory(directory)) {
                continue;
            }
            try (Stream<Path> files = Files.list(directory)) {
                files.map(file -> file.getFileName().toString())
                        .filter(FilePictureStore::isValidName)
                        .sorted()
                        .forEach(name -> names.add(folder + "/" + name));
            } catch (IOException unreadable) {
                throw new UncheckedIOException("Could not list the pictures in " + directory, unreadable);
            }
        }
        return names;
    }

    @Override
    public void copy(String name, OutputStream out) throws IOException {
        if (!isValidName(name)) {
            throw new IllegalArgumentException("Not a picture name: " + name);
        }
        Files.copy(media.resolve(name), out);
    }

    @Override
    public boolean isValidName(String name) {
        if (name == null) {
            return false;
        }
        int slash = name.indexOf('/');
        return slash > 0
                && FOLDERS.contains(name.substring(0, slash))
                && FilePictureStore.isValidName(name.substring(slash + 1));
    }

    @Override
    public Replacement replaceAll() {
        Path staging = media.resolve(".restore-" + UUID.randomUUID());
        return new FolderReplacement(staging);
    }

    private final class FolderReplacement implements Replacement {
        private final Path staging;
        private boolean committed;

        FolderReplacement(Path staging) {
            this.staging = staging;
        }

        @Override
        public void add(String name, InputStream content) throws IOException {
            if (!isValidName(name)) {
                throw BackupInvalidException.damaged("pictures/" + name);
            }
            Path file = staging.resolve(name);
            Files.createDirectories(file.getParent());
            Files.copy(content, file, StandardCopyOption.REPLACE_EXISTING);
        }

        @Override
        public void commit() {
            try {
                for (String folder : FOLDERS) {
                    Path current = media.resolve(folder);
                    Path replacement = staging.resolve(folder);
                    Files.createDirectories(replacement);
                    Path old = media.resolve(".old-" + folder + "-" + UUID.randomUUID());
                    if (Files.exists(current)) {
                        Files.move(current, old, StandardCopyOption.ATOMIC_MOVE);
                    }
                    Files.move(replacement, current, StandardCopyOption.ATOMIC_MOVE);
                    deleteTree(old);
                }
                committed = true;
            } catch (IOException failed) {
                throw new UncheckedIOException("Could not put the restored pictures in place", failed);
            } finally {
                deleteQuietly(staging);
            }
        }

        @Override
        public void close() {
            if (!committed) {
                deleteQuietly(staging);
            }
        }
    }

    private static void deleteQuietly(Path tree) {
        try {
            deleteTree(tree);
        } catch (IOException leftBehind) {
            // A folder left behind holds no live picture; the next restore makes its own.
        }
    }

    private static void deleteTree(Path tree) throws IOException {
        if (!Files.exists(tree)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(tree)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }
}
