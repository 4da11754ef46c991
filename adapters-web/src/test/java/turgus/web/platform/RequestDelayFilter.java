package turgus.web.platform;

import io.micronaut.context.annotation.Requires;
import io.micronaut.context.annotation.Value;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Holds a request that carries {@value #HEADER} for that many milliseconds before it goes on, and
 * leaves the file {@value #MARKER} in the data folder when it starts holding: a request that is
 * surely in flight, for {@code GracefulStopSpec}. Present only where that spec switches it on.
 */
@Requires(property = "turgus.test.request-delay", value = "true")
@ServerFilter("/api/**")
public class RequestDelayFilter {
    public static final String HEADER = "X-Test-Delay-Millis";
    public static final String MARKER = "delayed-request-started";

    private final Path marker;

    public RequestDelayFilter(@Value("${shop.data-dir}") String dataDir) {
        this.marker = Path.of(dataDir, MARKER);
    }

    @RequestFilter
    @ExecuteOn(TaskExecutors.BLOCKING)
    public void hold(HttpRequest<?> request) throws IOException, InterruptedException {
        String millis = request.getHeaders().get(HEADER);
        if (millis != null) {
            Files.writeString(marker, request.getPath());
            Thread.sleep(Long.parseLong(millis));
        }
    }
}
