package dev.banksync.api.alerts;

import dev.banksync.core.event.AlertEvent.AlertKind;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;

/** Reads alerts through {@code insights.v_alerts} only, newest first. */
public class AlertQueries {

    private static final String SINCE = """
            SELECT alert_id, kind, transaction_id, category, amount_minor, currency, score, reason, emitted_at
            FROM insights.v_alerts
            WHERE user_id = ? AND emitted_at >= ? AND (?::text IS NULL OR kind = ?)
            ORDER BY emitted_at DESC, alert_id
            LIMIT ?
            """;

    private final JdbcTemplate jdbc;

    public AlertQueries(DataSource dataSource) {
        this.jdbc = new JdbcTemplate(dataSource);
    }

    /** The newest {@code limit} alerts of the user emitted at or after {@code since}, of one kind or ({@code null}) all. */
    public List<Alert> since(String userId, Instant since, AlertKind kind, int limit) {
        String kindName = kind == null ? null : kind.name();
        return jdbc.query(SINCE, AlertQueries::row, userId, Timestamp.from(since), kindName, kindName, limit);
    }

    private static Alert row(ResultSet rs, int rowNum) throws SQLException {
        String currency = rs.getString(6);
        return new Alert(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                rs.getObject(5, Long.class), currency == null ? null : currency.trim(), rs.getObject(7, Double.class),
                rs.getString(8), rs.getTimestamp(9).toInstant());
    }
}
