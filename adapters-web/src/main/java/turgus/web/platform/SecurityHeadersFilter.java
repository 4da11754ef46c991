package turgus.web.platform;

import io.micronaut.core.order.Ordered;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpHeaders;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.filter.ServerFilterPhase;

/**
 * Hardening headers on every answer: API, SPA, pictures, errors and rejections alike. An answer
 * that already carries its own Content-Security-Policy (an SVG picture's sandbox) keeps it.
 */
@ServerFilter(ServerFilter.MATCH_ALL_PATTERN)
public class SecurityHeadersFilter implements Ordered {
    public static final String CONTENT_SECURITY_POLICY = "Content-Security-Policy";
    public static final String SHOP_POLICY = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
            + "img-src 'self' data: blob:; connect-src 'self'; frame-ancestors 'none'; base-uri 'self'; "
            + "form-action 'self'; object-src 'none'";
    /** Swagger UI starts itself with an inline script; only its pages get this exception. */
    public static final String DOCS_POLICY = "default-src 'self'; script-src 'self' 'unsafe-inline'; "
            + "style-src 'self' 'unsafe-inline'; img-src 'self' data:; connect-src 'self'; frame-ancestors 'none'; "
            + "base-uri 'self'; form-action 'self'; object-src 'none'";

    public static final String PERMISSIONS_POLICY =
            "camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()";
    static final String IMMUTABLE = "public, max-age=31536000, immutable";
    static final String NO_CACHE = "no-cache";

    private static boolean isAppPage(String path) {
        return path.equals("/") || path.equals("/index.html");
    }

    @ResponseFilter
    public void harden(HttpRequest<?> request, MutableHttpResponse<?> response) {
        String path = request.getPath();
        MutableHttpHeaders headers = response.getHeaders();
        if (!headers.contains(CONTENT_SECURITY_POLICY)) {
            headers.set(CONTENT_SECURITY_POLICY, Paths.isDocs(path) ? DOCS_POLICY : SHOP_POLICY);
        }
        headers.set("X-Content-Type-Options", "nosniff");
        headers.set("Referrer-Policy", "no-referrer");
        headers.set("X-Frame-Options", "DENY");
        headers.set("Permissions-Policy", PERMISSIONS_POLICY);
        if (Paths.isApi(path)) {
            headers.set(HttpHeaders.CACHE_CONTROL, "no-store");
        } else if (path.startsWith("/assets/")
                && response.code() == 200
                && !headers.contains(HttpHeaders.CACHE_CONTROL)) {
            // The SPA's build names every asset by its content hash: a new build means new names.
            headers.set(HttpHeaders.CACHE_CONTROL, IMMUTABLE);
        } else if (isAppPage(path) && response.code() == 200) {
            // The page names the assets of the newest build: a browser asks again every time
            // (cheaply, with its validators), so that it never starts an old build.
            headers.set(HttpHeaders.CACHE_CONTROL, NO_CACHE);
        }
    }

    @Override
    public int getOrder() {
        // Outermost: its answer part runs last, after every other filter and error handler.
        return ServerFilterPhase.FIRST.before();
    }
}
