package turgus.web.catalog;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.math.BigDecimal;
import java.util.List;
import turgus.application.catalog.port.in.TrendingSearchesQuery;
import turgus.web.platform.ErrorResponses;
import turgus.web.platform.WholeNumbers;

/** What shoppers search for: the trending searches offered under the search box. */
@Controller("/api/search")
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "Catalog")
public class SearchController {
    static final int DEFAULT_LIMIT = 10;

    private final TrendingSearchesQuery trending;

    public SearchController(TrendingSearchesQuery trending) {
        this.trending = trending;
    }

    @Serdeable
    @Schema(name = "TrendingSearch", description = "A search and how many shoppers made it")
    public record TrendingSearchView(String query, long count) {}

    @Get(uri = "/trending", produces = MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Trending searches",
            description = "The searches of the last 7 days that found something, each shopper counted once, most"
                    + " searched first.")
    @ApiResponse(responseCode = "200", description = "The searches")
    @ErrorResponses.BadQuery
    @ErrorResponses.SignInRequired
    public List<TrendingSearchView> trending(
            @Nullable
                    @QueryValue("limit")
                    @Parameter(
                            description = "How many searches",
                            schema = @Schema(type = "integer", minimum = "1", maximum = "50", defaultValue = "10"))
                    BigDecimal limit) {
        Integer asked = WholeNumbers.of("limit", limit);
        return trending.trending(asked == null ? DEFAULT_LIMIT : asked).stream()
                .map(search -> new TrendingSearchView(search.query(), search.count()))
                .toList();
    }
}
