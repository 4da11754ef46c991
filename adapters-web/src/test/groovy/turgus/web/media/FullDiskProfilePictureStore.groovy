package turgus.web.media

import io.micronaut.context.annotation.Replaces
import io.micronaut.context.annotation.Requires
import io.micronaut.context.annotation.Value
import jakarta.inject.Singleton

/**
 * The profile picture store of {@link turgus.web.platform.StorageFullSpec}, whose disk a feature can
 * make full: storing then fails as the file system does, with the operating system's ENOSPC.
 */
@Singleton
@Requires(property = 'spec.name', value = 'StorageFullSpec')
@Replaces(FileProfilePictureStore)
class FullDiskProfilePictureStore extends FileProfilePictureStore {
    volatile boolean full

    FullDiskProfilePictureStore(@Value('${shop.data-dir}') String dataDir) {
        super(dataDir)
    }

    @Override
    String store(byte[] content) {
        if (full) {
            throw new UncheckedIOException('Could not store a picture', new IOException('No space left on device'))
        }
        super.store(content)
    }
}
