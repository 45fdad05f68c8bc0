package dev.banksync.batch.ledger;

import dev.banksync.core.money.Money;
import java.time.DateTimeException;
import java.time.ZoneId;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The ledger's users as the app (or an operator) describes them: the time zone their days and months are counted
 * in (forecasts, overdue recurring payments, the API's "this month") and their home currency. Changes reach the
 * stream with the user's next event.
 */
public class LedgerUsers {

    /** A user as stored. */
    public record User(String userId, String timeZone, String homeCurrency) {
    }

    private final JdbcTemplate jdbc;

    public LedgerUsers(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Creates or updates the user; a null field keeps its stored value (or the default for a new user). Throws
     * {@link IllegalArgumentException} naming the field for an unknown time zone id or currency code.
     */
    public User upsert(String userId, String timeZone, String homeCurrency) {
        if (userId == null || userId.isBlank()) {
            throw new IllegalArgumentException("user: must not be blank");
        }
        String zone = timeZone == null ? null : zone(timeZone);
        String currency = homeCurrency == null ? null : Money.currency(homeCurrency).getCurrencyCode();
        return jdbc.queryForObject("""
                INSERT INTO ledger.users (user_id, time_zone, home_currency)
                VALUES (?, coalesce(?, 'UTC'), coalesce(?, 'USD'))
                ON CONFLICT (user_id) DO UPDATE
                    SET time_zone = coalesce(?, ledger.users.time_zone),
                        home_currency = coalesce(?, ledger.users.home_currency)
                RETURNING user_id, time_zone, home_currency""",
                (rs, i) -> new User(rs.getString(1), rs.getString(2), rs.getString(3).trim()),
                userId, zone, currency, zone, currency);
    }

    private static String zone(String id) {
        try {
            return ZoneId.of(id.trim()).getId();
        } catch (DateTimeException e) {
            throw new IllegalArgumentException("time zone: '" + id + "' is not an IANA time zone id such as "
                    + "Europe/Berlin or America/New_York");
        }
    }
}
