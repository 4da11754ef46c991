package turgus.application.stats.port.in;

/**
 * The admins' dashboard: the last {@code days} calendar days (1 to 366, ending today) in the shop's
 * time zone; another number is refused on the field {@code days}.
 */
public interface ShowStatsQuery {
    int MIN_DAYS = 1;
    int MAX_DAYS = 366;
    int DEFAULT_DAYS = 30;

    Stats stats(int days);
}
