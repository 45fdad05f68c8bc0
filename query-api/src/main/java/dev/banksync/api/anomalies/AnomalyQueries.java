package dev.banksync.api.anomalies;

import dev.banksync.api.params.UtcPeriod;
import dev.banksync.core.event.AlertEvent.AlertKind;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;

/** Reads anomalies through {@code insights.v_anomalies} only, newest first. */
public class AnomalyQueries {

    private static final String DETECTED_IN = """
            SELECT alert_id, kind, transaction_id, score, reason, detected_at
            FROM insights.v_anomalies
            WHERE user_id = ? AND detected_at >= ? AND detected_at < ? AND (?::text IS NULL OR kind = ?)
            ORDER BY detected_at DESC, alert_id
            LIMIT ?
            """;

    private final JdbcTemplate jdbc;

    public AnomalyQueries(DataSource dataSource) {
        this.jdbc = new JdbcTemplate(dataSource);
    }

    /** The newest {@code limit} anomalies of the user detected in {@code period}, of one kind or ({@code null}) all. */
    public List<Anomaly> detectedIn(String userId, UtcPeriod period, AlertKind kind, int limit) {
        String kindName = kind == null ? null : kind.name();
        return jdbc.query(DETECTED_IN, AnomalyQueries::row, userId, Timestamp.from(period.start()),
                Timestamp.from(period.end()), kindName, kindName, limit);
    }

    private static Anomaly row(ResultSet rs, int rowNum) throws SQLException {
        return new Anomaly(rs.getString(1), rs.getString(2), rs.getString(3), rs.getObject(4, Double.class),
                rs.getString(5), rs.getTimestamp(6).toInstant());
    }
}
