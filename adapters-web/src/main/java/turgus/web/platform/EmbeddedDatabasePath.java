package turgus.web.platform;

import io.micronaut.configuration.jdbc.hikari.DatasourceConfiguration;
import io.micronaut.context.event.BeanCreatedEvent;
import io.micronaut.context.event.BeanCreatedEventListener;
import jakarta.inject.Singleton;
import java.nio.file.Path;

/**
 * Makes the embedded H2 database's file path absolute before the pool opens it.
 *
 * <p>Why: H2 refuses a file path that is implicitly relative to the working directory ({@code
 * jdbc:h2:file:data/db/turgus}), and accepts only an explicit one ({@code ./data/db/turgus}). So
 * {@code SHOP_DATA_DIR=data} stopped the start with H2's complaint, although pictures, backups and
 * mail took the same folder from the working directory without one. A relative path now means the
 * same for the database as for the rest of the data folder.
 */
@Singleton
final class EmbeddedDatabasePath implements BeanCreatedEventListener<DatasourceConfiguration> {
    private static final String H2_FILE = "jdbc:h2:file:";

    @Override
    public DatasourceConfiguration onCreated(BeanCreatedEvent<DatasourceConfiguration> event) {
        DatasourceConfiguration configuration = event.getBean();
        String url = configuration.getUrl();
        if (url != null) {
            configuration.setUrl(absolute(url, Path.of("").toAbsolutePath()));
        }
        return configuration;
    }

    /**
     * {@code url} with its file path resolved against {@code workingDirectory} when it is an H2 file
     * URL whose path is implicitly relative; any other URL as it is.
     */
    static String absolute(String url, Path workingDirectory) {
        if (!url.startsWith(H2_FILE)) {
            return url;
        }
        int end = url.indexOf(';');
        String path = end < 0 ? url.substring(H2_FILE.length()) : url.substring(H2_FILE.length(), end);
        if (path.isEmpty() || explicit(path)) {
            return url;
        }
        String settings = end < 0 ? "" : url.substring(end);
        return H2_FILE + workingDirectory.resolve(path).normalize() + settings;
    }

    /** Absolute, in the home folder, or explicitly relative: the paths H2 takes as they are. */
    private static boolean explicit(String path) {
        return Path.of(path).isAbsolute()
                || path.startsWith("~")
                || path.startsWith("./")
                || path.startsWith("../")
                || path.startsWith(".\\")
                || path.startsWith("..\\");
    }
}
