package turgus.web.platform;

import io.micronaut.context.annotation.Value;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.io.ResourceResolver;
import io.micronaut.core.order.Ordered;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.filter.ServerFilterPhase;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Client routes of the single-page app ({@code /account/profile}, {@code /admin/products}) exist
 * only in the browser. When the server finds neither a route nor a static file for a browser's GET,
 * it answers the app's {@code index.html} instead of a 404, and the app's router takes over. The API,
 * the docs, health, metrics and pictures keep their real 404s, and so does a missing file (a path
 * whose last part has a dot), so that a broken asset link is not hidden behind a page.
 */
@ServerFilter(ServerFilter.MATCH_ALL_PATTERN)
public class SpaFallbackFilter implements Ordered {
    static final String NOT_BUILT = """
            <!doctype html>
            <html lang="en"><head><meta charset="utf-8"><title>Turgus</title></head>
            <body><h1>Turgus</h1>
            <p>The web app was not built into this server (it was built with -Dskip.frontend).
            The API works; see <a href="/docs">/docs</a>.</p></body></html>
            """;

    private final ResourceResolver resources;
    private final String index;
    /** Read once at start: answering it never touches the disk on the event loop. */
    private final byte[] page;

    public SpaFallbackFilter(
            ResourceResolver resources, @Value("${shop.spa.index:`classpath:public/index.html`}") String index) {
        this.resources = resources;
        this.index = index;
        this.page = load();
    }

    @ResponseFilter
    @Nullable
    public MutableHttpResponse<?> fallback(HttpRequest<?> request, MutableHttpResponse<?> response) {
        if (response.code() != 404 || !isClientRoute(request)) {
            return null;
        }
        return HttpResponse.ok(page)
                .contentType(MediaType.TEXT_HTML_TYPE.toString() + ";charset=utf-8")
                .header(HttpHeaders.CACHE_CONTROL, "no-cache");
    }

    static boolean isClientRoute(HttpRequest<?> request) {
        if (request.getMethod() != HttpMethod.GET) {
            return false;
        }
        String path = request.getPath();
        if (Paths.isServerOwned(path) || lastSegment(path).contains(".")) {
            return false;
        }
        return request.getHeaders().accept().stream()
                .anyMatch(type ->
                        type.getType().equals("text") && type.getSubtype().equals("html"));
    }

    private static String lastSegment(String path) {
        return path.substring(path.lastIndexOf('/') + 1);
    }

    private byte[] load() {
        Optional<URL> found = resources.getResource(index);
        if (found.isEmpty()) {
            return NOT_BUILT.getBytes(StandardCharsets.UTF_8);
        }
        try (InputStream in = found.get().openStream()) {
            return in.readAllBytes();
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
    }

    @Override
    public int getOrder() {
        return ServerFilterPhase.RENDERING.order();
    }
}
