package turgus.web.platform;

import io.micronaut.context.annotation.Requires;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** Endpoints that fail on purpose, present only in the specs that switch them on. */
@Requires(property = "turgus.test.failing-endpoints", value = "true")
@Controller("/api/test-failures")
@Secured(SecurityRule.IS_AUTHENTICATED)
public class FailingController {
    public static final String SECRET_DETAIL = "SELECT password_hash FROM users WHERE id = 1";

    @Get("/boom")
    public String boom() {
        throw new IllegalStateException(SECRET_DETAIL, new SQLException("relation users is locked", "40P01"));
    }

    @Get("/npe")
    public String npe() {
        String nothing = null;
        return nothing.trim();
    }

    @Get("/typed")
    public Map<String, Object> typed(@QueryValue int count, @QueryValue Kind kind) {
        return Map.of("count", count, "kind", kind.name());
    }

    @Post("/echo")
    public Map<String, Object> echo(@Body @Valid Sample sample) {
        return Map.of("name", String.valueOf(sample.name()));
    }

    public enum Kind {
        SMALL,
        LARGE
    }

    @Serdeable
    public record Sample(
            @Nullable @NotBlank String name,
            @Nullable Integer count,
            @Nullable Kind kind,
            @Nullable Instant at,
            @Nullable List<@Valid Item> items) {}

    @Serdeable
    public record Item(@Nullable @Min(1) @Max(10) Integer quantity) {}
}
