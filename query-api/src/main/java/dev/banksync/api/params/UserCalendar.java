package dev.banksync.api.params;

import java.time.Clock;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * "Today" and "this month" as the user lives them, for requests that name no month: the user's time zone from
 * {@code insights.v_user_time_zones} (the only thing about users the API may read), as the stream job uses it for
 * forecasts and recurring payments. A user the ledger does not know, or whose zone Java does not, gets UTC.
 */
public class UserCalendar {

    private static final String ZONE = "SELECT time_zone FROM insights.v_user_time_zones WHERE user_id = ?";

    private final JdbcTemplate jdbc;
    private final Clock clock;

    public UserCalendar(DataSource dataSource, Clock clock) {
        this.jdbc = new JdbcTemplate(dataSource);
        this.clock = clock;
    }

    public ZoneId zone(String userId) {
        List<String> zones = jdbc.queryForList(ZONE, String.class, userId);
        if (zones.isEmpty() || zones.get(0) == null) {
            return ZoneOffset.UTC;
        }
        try {
            return ZoneId.of(zones.get(0));
        } catch (DateTimeException e) {
            return ZoneOffset.UTC;
        }
    }

    public LocalDate today(String userId) {
        return LocalDate.now(clock.withZone(zone(userId)));
    }

    public YearMonth thisMonth(String userId) {
        return YearMonth.from(today(userId));
    }
}
