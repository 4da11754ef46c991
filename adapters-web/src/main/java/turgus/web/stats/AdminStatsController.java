package turgus.web.stats;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import turgus.application.catalog.SearchCount;
import turgus.application.stats.port.in.ShowStatsQuery;
import turgus.application.stats.port.in.Stats;
import turgus.application.stats.port.out.SalesStatistics.ProductSales;
import turgus.web.platform.ErrorResponses;
import turgus.web.platform.WholeNumbers;

/** The admins' dashboard: sales, refunds, top products, new customers, carts and searches per day. */
@Controller("/api/admin/stats")
@Secured("ADMIN")
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "Admin: dashboard")
@ErrorResponses.AdminOnly
public class AdminStatsController {
    private final ShowStatsQuery stats;

    public AdminStatsController(ShowStatsQuery stats) {
        this.stats = stats;
    }

    @Serdeable
    @Schema(name = "StatsDay")
    public record DayView(
            LocalDate date,

            @Schema(description = "EUR: the orders placed that day less those refunded since (net sales)")
            BigDecimal revenue,

            @Schema(description = "Orders placed that day, refunded ones included")
            long orders,

            @Schema(description = "EUR refunded that day, whenever the order was placed")
            BigDecimal refunds) {}

    @Serdeable
    @Schema(name = "StatsProduct")
    public record ProductView(long productId, String name, BigDecimal revenue, long units) {
        static ProductView of(ProductSales sales) {
            return new ProductView(
                    sales.productId(), sales.name(), sales.revenue().amount(), sales.units());
        }
    }

    @Serdeable
    @Schema(name = "StatsNewCustomers")
    public record NewCustomersView(LocalDate date, long count) {}

    @Serdeable
    @Schema(name = "StatsTotals")
    public record TotalsView(BigDecimal revenue, long orders, BigDecimal refunds, long newCustomers) {}

    @Serdeable
    @Schema(name = "StatsSearch")
    public record SearchView(String query, long count) {}

    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    @Schema(name = "Stats", description = "The dashboard's figures, every day of the period present, oldest first")
    public record StatsView(
            @Schema(description = "The first day, in the shop's time zone")
            LocalDate from,

            @Schema(description = "The last day (today), in the shop's time zone")
            LocalDate to,

            @Schema(description = "The shop's time zone (SHOP_TIME_ZONE)", example = "Europe/Vilnius")
            String timeZone,

            TotalsView totals,
            List<DayView> revenueByDay,

            @Schema(description = "Up to 10, most revenue first, over the period's orders not refunded")
            List<ProductView> topProductsByRevenue,

            @Schema(description = "Up to 10, most units first, over the period's orders not refunded")
            List<ProductView> topProductsByUnits,

            List<NewCustomersView> newCustomersByDay,

            @Schema(description = "Carts with a line put in during the last 7 days")
            long activeCarts,

            @Schema(description = "As GET /api/search/trending, over the period")
            List<SearchView> trendingSearches) {

        static StatsView of(Stats stats) {
            return new StatsView(
                    stats.from(),
                    stats.to(),
                    stats.timeZone().getId(),
                    new TotalsView(
                            stats.totals().revenue().amount(),
                            stats.totals().orders(),
                            stats.totals().refunds().amount(),
                            stats.totals().newCustomers()),
                    stats.revenueByDay().stream()
                            .map(day -> new DayView(
                                    day.date(),
                                    day.revenue().amount(),
                                    day.orders(),
                                    day.refunds().amount()))
                            .toList(),
                    stats.topProductsByRevenue().stream().map(ProductView::of).toList(),
                    stats.topProductsByUnits().stream().map(ProductView::of).toList(),
                    stats.newCustomersByDay().stream()
                            .map(day -> new NewCustomersView(day.date(), day.count()))
                            .toList(),
                    stats.activeCarts(),
                    stats.trendingSearches().stream()
                            .map((SearchCount search) -> new SearchView(search.query(), search.count()))
                            .toList());
        }
    }

    @Get(produces = MediaType.APPLICATION_JSON)
    @Operation(
            summary = "The dashboard's figures",
            description = "The last days (calendar days in the shop's time zone, ending today), added up by the"
                    + " database; days without anything are present with zeros.")
    @ApiResponse(responseCode = "200", description = "The figures")
    @ErrorResponses.BadQuery
    public StatsView showStats(
            @Nullable
                    @QueryValue("days")
                    @Parameter(
                            description = "How many days, ending today",
                            schema = @Schema(type = "integer", minimum = "1", maximum = "366", defaultValue = "30"))
                    BigDecimal days) {
        Integer asked = WholeNumbers.of("days", days);
        return StatsView.of(stats.stats(asked == null ? ShowStatsQuery.DEFAULT_DAYS : asked));
    }
}
