package turgus.persistence.shared;

import io.micronaut.context.annotation.Property;
import io.micronaut.flyway.FlywayConfigurationCustomizer;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import java.util.Locale;
import org.flywaydb.core.api.configuration.FluentConfiguration;

/**
 * Where Flyway finds the migrations of the default data source: {@code db/migration}, which both
 * databases run, then {@code db/vendor/h2} or {@code db/vendor/postgresql}, the few that only one of
 * them can run (catalog search, V20). A version lives either in the shared folder or in both vendor
 * folders, so that the two databases always have the same versions. Flyway itself has no vendor
 * placeholder, so the folder is chosen here from the data source's URL; specs that run Flyway by
 * hand call {@link #forUrl}.
 */
@Singleton
@Named("default")
public final class MigrationLocations implements FlywayConfigurationCustomizer {
    static final String SHARED = "classpath:db/migration";

    private final String url;

    MigrationLocations(@Property(name = "datasources.default.url") String url) {
        this.url = url;
    }

    @Override
    public void customizeFluentConfiguration(FluentConfiguration configuration) {
        configuration.locations(forUrl(url));
    }

    @Override
    public String getName() {
        return "default";
    }

    /** The locations for a JDBC URL of H2 or PostgreSQL. */
    public static String[] forUrl(String jdbcUrl) {
        String url = jdbcUrl == null ? "" : jdbcUrl.toLowerCase(Locale.ROOT);
        if (url.startsWith("jdbc:postgresql:")) {
            return new String[] {SHARED, "classpath:db/vendor/postgresql"};
        }
        if (url.startsWith("jdbc:h2:")) {
            return new String[] {SHARED, "classpath:db/vendor/h2"};
        }
        throw new IllegalStateException("The shop runs on H2 or PostgreSQL only, not on " + jdbcUrl);
    }
}
