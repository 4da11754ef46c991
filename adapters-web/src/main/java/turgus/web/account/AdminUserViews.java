package turgus.web.account;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import turgus.application.account.port.in.BulkUserActionUseCase.BulkOutcome;
import turgus.application.account.port.in.UserDetail;
import turgus.application.account.port.out.ActiveSession;
import turgus.application.account.port.out.UserOverview;
import turgus.domain.account.Block;
import turgus.domain.account.Role;
import turgus.domain.order.Order;
import turgus.web.audit.EventView;
import turgus.web.platform.RefusalMessages;
import turgus.web.shopping.ShoppingViews.TransactionView;

/** What the admins' user routes answer and read. */
final class AdminUserViews {
    private AdminUserViews() {}

    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    @Schema(name = "AdminUser", description = "An account as the admins' user list shows it")
    record AdminUserView(
            long id,
            String fullName,
            String email,
            String phone,
            List<String> roles,

            @Schema(
                    description = "The account's own state; a lockout after failed logins is lockedUntil",
                    allowableValues = {"ACTIVE", "BLOCKED", "DEACTIVATED"})
            String status,

            @Nullable @Schema(description = "While a lockout after failed logins lasts: its end")
            Instant lockedUntil,

            @Nullable @Schema(description = "The end of a block that lifts by itself; null for good or not blocked")
            Instant blockedUntil,

            @Nullable @Schema(description = "The admins' reason for the block")
            String blockReason,

            @Nullable
            @Schema(
                    description = "What the blocked person is told",
                    allowableValues = {"ABUSE", "FRAUD", "SPAM", "PAYMENT", "OTHER"})
            String blockCategory,

            @Schema(description = "EUR") BigDecimal balance,

            @Schema(description = "Paid orders that were not refunded")
            long completedOrders,

            @Schema(description = "EUR, what those orders came to")
            BigDecimal totalSpent,

            @Nullable Instant lastLoginAt,
            Instant createdAt) {

        static AdminUserView of(UserOverview user) {
            Block block = user.block();
            return new AdminUserView(
                    user.id().value(),
                    user.fullName(),
                    user.email(),
                    user.phone(),
                    user.roles().stream().sorted().map(Role::name).toList(),
                    user.status().name(),
                    user.lockedUntil(),
                    block == null ? null : block.until(),
                    block == null ? null : block.reason(),
                    block == null ? null : block.category().name(),
                    user.balance().amount(),
                    user.completedOrders(),
                    user.totalSpent().amount(),
                    user.lastLoginAt(),
                    user.createdAt());
        }
    }

    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    @Schema(name = "AdminUserSession", description = "An active session of the account")
    record SessionView(
            String id,
            Instant createdAt,
            Instant lastUsedAt,
            @Nullable String userAgent,
            @Nullable String ip) {
        static SessionView of(ActiveSession session) {
            return new SessionView(
                    session.id(),
                    session.createdAt(),
                    session.lastUsedAt(),
                    blankToNull(session.userAgent()),
                    blankToNull(session.ip()));
        }
    }

    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    @Schema(name = "AdminUserOrder", description = "One of the account's recent orders")
    record OrderSummaryView(
            long id,
            @Schema(allowableValues = {"PAID", "REFUNDED"}) String status,
            BigDecimal total,
            Instant createdAt) {
        static OrderSummaryView of(Order order) {
            return new OrderSummaryView(
                    order.requireId().value(),
                    order.status().name(),
                    order.total().amount(),
                    order.createdAt());
        }
    }

    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    @Schema(name = "AdminUserDetail", description = "The AdminUser fields plus sessions, orders, ledger and events")
    record AdminUserDetailView(
            long id,
            String fullName,
            String email,
            String phone,
            List<String> roles,

            @Schema(allowableValues = {"ACTIVE", "BLOCKED", "DEACTIVATED"})
            String status,

            @Nullable Instant lockedUntil,
            @Nullable Instant blockedUntil,
            @Nullable String blockReason,

            @Nullable @Schema(allowableValues = {"ABUSE", "FRAUD", "SPAM", "PAYMENT", "OTHER"})
            String blockCategory,

            BigDecimal balance,
            long completedOrders,
            BigDecimal totalSpent,
            @Nullable Instant lastLoginAt,
            Instant createdAt,

            @Schema(description = "The active sessions, newest first")
            List<SessionView> sessions,

            @Schema(description = "The last 10 orders, newest first")
            List<OrderSummaryView> recentOrders,

            @Schema(description = "The last 20 ledger lines, newest first")
            List<TransactionView> ledger,

            @Schema(description = "The last 20 events about the account, newest first")
            List<EventView> recentEvents) {

        static AdminUserDetailView of(UserDetail detail) {
            AdminUserView user = AdminUserView.of(detail.user());
            return new AdminUserDetailView(
                    user.id(),
                    user.fullName(),
                    user.email(),
                    user.phone(),
                    user.roles(),
                    user.status(),
                    user.lockedUntil(),
                    user.blockedUntil(),
                    user.blockReason(),
                    user.blockCategory(),
                    user.balance(),
                    user.completedOrders(),
                    user.totalSpent(),
                    user.lastLoginAt(),
                    user.createdAt(),
                    detail.sessions().stream().map(SessionView::of).toList(),
                    detail.recentOrders().stream().map(OrderSummaryView::of).toList(),
                    detail.ledger().stream().map(TransactionView::of).toList(),
                    detail.recentEvents().stream().map(EventView::of).toList());
        }
    }

    @Serdeable
    @Schema(name = "BlockRequest")
    record BlockRequest(
            @Nullable @Schema(description = "When the block ends by itself (in the future); absent: for good")
            Instant until,

            @Nullable
            @Schema(
                    description = "Why, for admins; 1..500 characters",
                    requiredMode = Schema.RequiredMode.REQUIRED,
                    maxLength = 500)
            String reason,

            @Nullable
            @Schema(
                    description = "What the user is told",
                    allowableValues = {"ABUSE", "FRAUD", "SPAM", "PAYMENT", "OTHER"},
                    defaultValue = "OTHER")
            String category) {}

    @Serdeable
    @Schema(name = "BulkUserRequest")
    record BulkUserRequest(
            @Nullable
            @Schema(
                    requiredMode = Schema.RequiredMode.REQUIRED,
                    allowableValues = {"block", "unblock", "activate", "deactivate", "delete", "send-test-email"})
            String action,

            @Nullable @Schema(requiredMode = Schema.RequiredMode.REQUIRED, description = "1..500 distinct account ids")
            List<Long> ids,

            @Nullable @Schema(description = "For block: when it ends by itself")
            Instant until,

            @Nullable @Schema(description = "Required for block")
            String reason,

            @Nullable
            @Schema(
                    description = "For block",
                    allowableValues = {"ABUSE", "FRAUD", "SPAM", "PAYMENT", "OTHER"})
            String category) {}

    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    @Schema(name = "BulkFailure")
    record BulkFailureView(
            long id,

            @Schema(description = "The refusal's reason code")
            String reason,

            String message) {}

    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    @Schema(name = "BulkOutcome")
    record BulkOutcomeView(List<Long> succeeded, List<BulkFailureView> failed) {
        static BulkOutcomeView of(BulkOutcome outcome) {
            return new BulkOutcomeView(
                    outcome.succeeded(),
                    outcome.failed().stream()
                            .map(failure -> new BulkFailureView(
                                    failure.id(),
                                    failure.refusal().reason().name(),
                                    RefusalMessages.messageOf(failure.refusal())))
                            .toList());
        }
    }

    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    @Schema(name = "PurgePreview")
    record PurgePreview(
            int inactiveDays,

            @Schema(description = "Accounts a purge would delete now")
            long matching) {}

    @Serdeable
    @Schema(name = "PurgeRequest")
    record PurgeRequest(
            @Nullable @Schema(requiredMode = Schema.RequiredMode.REQUIRED, minimum = "1", maximum = "3650")
            Integer inactiveDays) {}

    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    @Schema(name = "PurgeOutcome")
    record PurgeOutcome(int deleted) {}

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }
}
