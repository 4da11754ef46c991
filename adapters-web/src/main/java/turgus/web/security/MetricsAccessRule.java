package turgus.web.security;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.async.publisher.Publishers;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.IpPatternsRule;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.security.rules.SecurityRuleResult;
import jakarta.inject.Singleton;
import java.net.InetAddress;
import org.reactivestreams.Publisher;
import turgus.domain.account.Role;

/**
 * Who may read {@code /prometheus}: a Prometheus server scraping from the same machine
 * (a loopback connection that no proxy forwarded), or a signed-in admin. Metrics tell an attacker
 * a lot (request rates, error counts, pool sizes), so the public internet never gets them, even
 * when a reverse proxy on the same host forwards it: forwarded requests carry a
 * {@code Forwarded}/{@code X-Forwarded-For} header and are treated as remote.
 */
@Singleton
public class MetricsAccessRule implements SecurityRule<HttpRequest<?>> {
    public static final String PATH = "/prometheus";
    public static final int ORDER = IpPatternsRule.ORDER - 100;

    @Override
    public Publisher<SecurityRuleResult> check(
            @Nullable HttpRequest<?> request, @Nullable Authentication authentication) {
        if (request == null
                || !(request.getPath().equals(PATH) || request.getPath().startsWith(PATH + "/"))) {
            return Publishers.just(SecurityRuleResult.UNKNOWN);
        }
        if (authentication != null && authentication.getRoles().contains(Role.ADMIN.name())) {
            return Publishers.just(SecurityRuleResult.ALLOWED);
        }
        return Publishers.just(isLocalScraper(request) ? SecurityRuleResult.ALLOWED : SecurityRuleResult.REJECTED);
    }

    static boolean isLocalScraper(HttpRequest<?> request) {
        HttpHeaders headers = request.getHeaders();
        if (headers.contains("Forwarded") || headers.contains("X-Forwarded-For") || headers.contains("X-Real-IP")) {
            return false;
        }
        InetAddress address = request.getRemoteAddress().getAddress();
        return address != null && address.isLoopbackAddress();
    }

    @Override
    public int getOrder() {
        return ORDER;
    }
}
