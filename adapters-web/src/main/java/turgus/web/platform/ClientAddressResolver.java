package turgus.web.platform;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.context.annotation.Value;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.server.util.DefaultHttpClientAddressResolver;
import io.micronaut.http.server.util.HttpClientAddressResolver;
import jakarta.inject.Singleton;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The caller's address, for sessions, the event log and per-address limits. The framework's
 * default believes any {@code Forwarded}/{@code X-Forwarded-For} header, which every client can
 * write. Here the header counts only when the connection comes from a proxy listed in
 * {@code shop.trusted-proxies} ({@code SHOP_TRUSTED_PROXIES}, comma-separated IP addresses), and
 * then its last entry is taken: the address that proxy itself saw.
 */
@Singleton
@Replaces(DefaultHttpClientAddressResolver.class)
public class ClientAddressResolver implements HttpClientAddressResolver {
    private final Set<String> trustedProxies;

    public ClientAddressResolver(@Value("${shop.trusted-proxies:}") String trustedProxies) {
        this.trustedProxies = Arrays.stream(trustedProxies.split(","))
                .map(String::strip)
                .filter(entry -> !entry.isEmpty())
                .collect(Collectors.toUnmodifiableSet());
    }

    @Override
    public String resolve(HttpRequest request) {
        String socket = socketAddress(request);
        if (!trustedProxies.contains(socket)) {
            return socket;
        }
        List<String> forwarded = request.getHeaders().getAll("X-Forwarded-For");
        if (forwarded.isEmpty()) {
            return socket;
        }
        String[] hops = forwarded.get(forwarded.size() - 1).split(",");
        String last = hops[hops.length - 1].strip();
        return last.isEmpty() ? socket : last;
    }

    private static String socketAddress(HttpRequest<?> request) {
        InetSocketAddress remote = request.getRemoteAddress();
        InetAddress address = remote.getAddress();
        return address != null ? address.getHostAddress() : remote.getHostString();
    }
}
