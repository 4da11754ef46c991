package turgus.persistence.backup

import turgus.application.backup.port.out.PictureFiles

import java.nio.file.Files
import java.nio.file.Path
import java.util.zip.ZipEntry
import java.util.zip.ZipFile
import java.util.zip.ZipOutputStream

/** Pictures in memory, and ZIP files taken apart and put together again, for the backup specs. */
final class BackupFixtures {
    private BackupFixtures() {}

    /** A picture store in memory. */
    static class MemoryPictures implements PictureFiles {
        Map<String, byte[]> stored = new TreeMap<>()

        List<String> list() { new ArrayList<>(stored.keySet()) }

        void copy(String name, OutputStream out) { out.write(stored[name]) }

        boolean isValidName(String name) { name ==~ /(products|profiles)\/[0-9a-f]{32}\.(jpg|png|svg)/ }

        Replacement replaceAll() {
            Map<String, byte[]> next = new TreeMap<>()
            new Replacement() {
                void add(String name, InputStream content) { next[name] = content.bytes }

                void commit() { stored = next }

                void close() {}
            }
        }
    }

    static Map<String, byte[]> entries(Path zip) {
        Map<String, byte[]> entries = new LinkedHashMap<>()
        new ZipFile(zip.toFile()).withCloseable { file ->
            file.entries().each { ZipEntry entry -> entries[entry.name] = file.getInputStream(entry).bytes }
        }
        entries
    }

    static Path zipOf(Map<String, byte[]> entries) {
        Path file = temporaryZip()
        new ZipOutputStream(Files.newOutputStream(file)).withCloseable { zip ->
            entries.each { name, bytes ->
                zip.putNextEntry(new ZipEntry(name))
                zip.write(bytes)
                zip.closeEntry()
            }
        }
        file
    }

    /** A copy of the backup with {@code change} applied to its entries. */
    static Path changed(Path backup, Closure change) {
        Map<String, byte[]> entries = entries(backup)
        change(entries)
        zipOf(entries)
    }

    static Path bytes(byte[] content) {
        Path file = temporaryZip()
        Files.write(file, content)
        file
    }

    /** A new empty file for a test backup, removed when the test JVM ends. */
    private static Path temporaryZip() {
        Path file = Files.createTempFile('turgus-test-backup-', '.zip')
        file.toFile().deleteOnExit()
        file
    }
}
