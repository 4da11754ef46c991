package turgus.web.testing

import java.nio.file.Files
import java.nio.file.Path
import java.util.concurrent.ConcurrentLinkedQueue

/**
 * Temporary folders that are removed, with what they hold, when the test JVM ends: a spec's server
 * may still be writing to its data folder while the spec's own clean-up runs, so the folders go
 * last.
 */
final class TemporaryFolders {
    private static final Queue<Path> MADE = new ConcurrentLinkedQueue<>()

    static {
        Runtime.runtime.addShutdownHook(new Thread({ MADE.each { it.toFile().deleteDir() } }, 'temporary-folders'))
    }

    private TemporaryFolders() {
    }

    static Path make(String prefix) {
        Path folder = Files.createTempDirectory(prefix)
        MADE << folder
        folder
    }
}
