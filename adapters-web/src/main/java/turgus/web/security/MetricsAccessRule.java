package turgus.web.security;

import io.micronaut.context.annotation.Value;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.async.publisher.Publishers;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.IpPatternsRule;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.security.rules.SecurityRuleResult;
import jakarta.inject.Singleton;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Optional;
import org.reactivestreams.Publisher;
import turgus.domain.account.Role;

/**
 * Who may read {@code /prometheus}: a signed-in admin, or a scraper that sends the scrape token of
 * {@code shop.metrics-token} ({@code SHOP_METRICS_TOKEN}) as {@code Authorization: Bearer <token>}.
 * Nobody else, whatever address they come from: behind a reverse proxy on the same host every
 * visitor arrives from loopback, so the address proves nothing. Without a configured token only
 * admins read metrics.
 *
 * <p>Metrics tell an attacker a lot (failing and locked logins live, error counts, pool sizes), so a
 * caller without a valid token gets the shop's usual 401, and a signed-in non-admin its 403.
 */
@Singleton
public class MetricsAccessRule implements SecurityRule<HttpRequest<?>> {
    public static final String PATH = "/prometheus";
    public static final int ORDER = IpPatternsRule.ORDER - 100;
    private static final String BEARER = "Bearer ";

    /** SHA-256 of the scrape token, or null when none is configured. */
    @Nullable
    private final byte[] scrapeTokenDigest;

    public MetricsAccessRule(@Value("${shop.metrics-token:}") String scrapeToken) {
        this.scrapeTokenDigest = scrapeToken.isBlank() ? null : sha256(scrapeToken.strip());
    }

    @Override
    public Publisher<SecurityRuleResult> check(
            @Nullable HttpRequest<?> request, @Nullable Authentication authentication) {
        if (request == null || !isMetricsPath(request.getPath())) {
            return Publishers.just(SecurityRuleResult.UNKNOWN);
        }
        boolean admin = authentication != null && authentication.getRoles().contains(Role.ADMIN.name());
        boolean allowed = admin || carriesScrapeToken(request);
        return Publishers.just(allowed ? SecurityRuleResult.ALLOWED : SecurityRuleResult.REJECTED);
    }

    static boolean isMetricsPath(String path) {
        return path.equals(PATH) || path.startsWith(PATH + "/");
    }

    private boolean carriesScrapeToken(HttpRequest<?> request) {
        if (scrapeTokenDigest == null) {
            return false;
        }
        Optional<String> presented = request.getHeaders()
                .getFirst(HttpHeaders.AUTHORIZATION)
                .filter(value -> value.regionMatches(true, 0, BEARER, 0, BEARER.length()))
                .map(value -> value.substring(BEARER.length()).strip());
        // Digests of equal length compared in constant time: the answer's timing tells nothing
        // about how much of a guess was right.
        return presented.isPresent() && MessageDigest.isEqual(scrapeTokenDigest, sha256(presented.get()));
    }

    private static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException("every Java runtime has SHA-256", impossible);
        }
    }

    @Override
    public int getOrder() {
        return ORDER;
    }
}
