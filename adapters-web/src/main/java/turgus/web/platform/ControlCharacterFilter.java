package turgus.web.platform;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.order.Ordered;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.filter.ServerFilterPhase;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import turgus.domain.shared.FieldRule;

/**
 * Refuses a request to the API whose query parameters (names or values) or path hold a control
 * character ({@link ControlCharacters}) with a 400 naming the parameter ({@code path} for the path),
 * before any of it reaches a query. JSON bodies get the same check from {@link StrictJsonReader}.
 * It runs after the security filter, so a request that may not reach the route at all is still
 * answered 401 or 403.
 */
@ServerFilter("/api/**")
public class ControlCharacterFilter implements Ordered {
    @RequestFilter
    @Nullable
    public HttpResponse<ErrorBody> refuse(HttpRequest<?> request) {
        List<ErrorBody.FieldProblem> problems = new ArrayList<>();
        if (ControlCharacters.encodedIn(request.getPath())) {
            problems.add(FieldRuleMessages.problemOf("path", FieldRule.CONTROL_CHARACTER));
        }
        for (Map.Entry<String, List<String>> parameter : request.getParameters()) {
            boolean held = ControlCharacters.present(parameter.getKey())
                    || parameter.getValue().stream().anyMatch(ControlCharacters::present);
            if (held) {
                String name = ControlCharacters.present(parameter.getKey()) ? "query" : parameter.getKey();
                problems.add(FieldRuleMessages.problemOf(name, FieldRule.CONTROL_CHARACTER));
            }
        }
        return problems.isEmpty() ? null : InputErrorHandlers.badRequest(problems);
    }

    @Override
    public int getOrder() {
        return ServerFilterPhase.SECURITY.after();
    }
}
