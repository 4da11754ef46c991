package turgus.application.account.port.in;

import java.util.List;
import java.util.Objects;
import turgus.application.account.port.out.ActiveSession;
import turgus.application.account.port.out.UserOverview;
import turgus.application.audit.port.out.LoggedEvent;
import turgus.application.ledger.LedgerEntry;
import turgus.domain.order.Order;

/** An account's admin page: the list's figures, its active sessions, recent orders, ledger and events. */
public record UserDetail(
        UserOverview user,
        List<ActiveSession> sessions,
        List<Order> recentOrders,
        List<LedgerEntry> ledger,
        List<LoggedEvent> recentEvents) {
    public static final int RECENT_ORDERS = 10;
    public static final int LEDGER_LINES = 20;
    public static final int RECENT_EVENTS = 20;

    public UserDetail {
        Objects.requireNonNull(user, "user");
        sessions = List.copyOf(sessions);
        recentOrders = List.copyOf(recentOrders);
        ledger = List.copyOf(ledger);
        recentEvents = List.copyOf(recentEvents);
    }
}
