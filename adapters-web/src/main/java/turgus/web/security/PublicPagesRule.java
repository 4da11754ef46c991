package turgus.web.security;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.async.publisher.Publishers;
import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpRequest;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecuredAnnotationRule;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.security.rules.SecurityRuleResult;
import jakarta.inject.Singleton;
import org.reactivestreams.Publisher;
import turgus.web.platform.Paths;

/**
 * Who may read what no {@code @Secured} annotation covers. Everything outside {@code /api} that is
 * only read (GET, HEAD) is public: the single-page app's files and client routes, the docs, health.
 * Under {@code /api} this rule says nothing, so an endpoint that forgot its {@code @Secured} is
 * refused to everyone rather than opened to anyone.
 *
 * <p>It runs after the annotations ({@link SecuredAnnotationRule}), which always decide first for
 * controllers that carry them. It is a rule in code rather than an {@code intercept-url-map}
 * because the OpenAPI generator reads that map and would mark every path it matches as secured.
 */
@Singleton
public class PublicPagesRule implements SecurityRule<HttpRequest<?>> {
    public static final int ORDER = SecuredAnnotationRule.ORDER + 50;

    @Override
    public Publisher<SecurityRuleResult> check(
            @Nullable HttpRequest<?> request, @Nullable Authentication authentication) {
        if (request == null || Paths.isApi(request.getPath())) {
            return Publishers.just(SecurityRuleResult.UNKNOWN);
        }
        HttpMethod method = request.getMethod();
        boolean reading = method == HttpMethod.GET || method == HttpMethod.HEAD;
        return Publishers.just(reading ? SecurityRuleResult.ALLOWED : SecurityRuleResult.UNKNOWN);
    }

    @Override
    public int getOrder() {
        return ORDER;
    }
}
