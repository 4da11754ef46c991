package turgus.web.platform;

import io.micronaut.core.io.ResourceResolver;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Hidden;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.util.Optional;

/**
 * {@code /docs}: the Swagger UI page that micronaut-openapi generates at build time. The page
 * loads its scripts from {@code /swagger-ui/res/} and the OpenAPI document from
 * {@code /swagger/turgus-1.0.yml}, both served as static resources.
 */
@Controller("/docs")
@Secured(SecurityRule.IS_ANONYMOUS)
@ExecuteOn(TaskExecutors.BLOCKING)
@Hidden
public class DocsController {
    static final String PAGE = "classpath:META-INF/swagger/views/swagger-ui/index.html";

    private final ResourceResolver resources;
    private volatile byte[] page;

    public DocsController(ResourceResolver resources) {
        this.resources = resources;
    }

    @Get(produces = MediaType.TEXT_HTML)
    public HttpResponse<byte[]> docs() {
        byte[] cached = page;
        if (cached == null) {
            Optional<URL> generated = resources.getResource(PAGE);
            if (generated.isEmpty()) {
                return HttpResponse.status(HttpStatus.NOT_FOUND);
            }
            cached = read(generated.get());
            page = cached;
        }
        return HttpResponse.ok(cached).contentType(MediaType.TEXT_HTML + ";charset=utf-8");
    }

    private static byte[] read(URL url) {
        try (InputStream in = url.openStream()) {
            return in.readAllBytes();
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
    }
}
