package turgus.web.platform;

import io.micronaut.context.BeanProvider;
import io.micronaut.context.annotation.Value;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.runtime.server.EmbeddedServer;
import jakarta.inject.Singleton;
import turgus.application.shared.ShopAddress;

/**
 * Where the shop is reached from outside, the base of every link in a mail: {@code shop.public-url}
 * ({@code SHOP_PUBLIC_URL}), or {@code http://localhost:<port>} when it is not set. Never taken from
 * a request's {@code Host} header, which the caller writes.
 */
@Singleton
public class PublicUrl implements ShopAddress {
    private final String configured;
    private final int configuredPort;
    private final BeanProvider<EmbeddedServer> server;

    public PublicUrl(
            @Nullable @Value("${shop.public-url:}") String configured,
            @Value("${micronaut.server.port:8080}") int configuredPort,
            BeanProvider<EmbeddedServer> server) {
        this.configured = configured == null ? "" : configured.strip();
        this.configuredPort = configuredPort;
        this.server = server;
    }

    /** The base URL without a trailing slash. */
    @Override
    public String baseUrl() {
        String url = configured.isEmpty() ? "http://localhost:" + port() : configured;
        while (url.endsWith("/")) {
            url = url.substring(0, url.length() - 1);
        }
        return url;
    }

    private int port() {
        if (configuredPort > 0) {
            return configuredPort;
        }
        // A random port (tests): the one the running server got.
        return server.find(null).map(EmbeddedServer::getPort).orElse(8080);
    }
}
