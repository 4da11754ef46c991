package turgus.web;

import io.micronaut.context.annotation.Value;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;

/**
 * Whether a start fills an empty catalog with demo products: {@code shop.demo-data}
 * ({@code SHOP_DEMO_DATA}) when set, else only when the database is the embedded H2 file, so that
 * a first try shows a shop while a real PostgreSQL database stays as its owner made it.
 */
@Singleton
public class DemoData {
    private final boolean enabled;

    public DemoData(
            @Nullable @Value("${shop.demo-data:}") String setting,
            @Nullable @Value("${datasources.default.url:}") String databaseUrl) {
        this.enabled = decide(setting, databaseUrl);
    }

    static boolean decide(String setting, String databaseUrl) {
        if (setting != null && !setting.isBlank()) {
            return Boolean.parseBoolean(setting.strip());
        }
        return databaseUrl != null && databaseUrl.startsWith("jdbc:h2:");
    }

    public boolean enabled() {
        return enabled;
    }
}
