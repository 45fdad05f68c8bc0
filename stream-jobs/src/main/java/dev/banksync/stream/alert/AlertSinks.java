package dev.banksync.stream.alert;

import dev.banksync.core.db.DbSettings;
import dev.banksync.core.event.AlertEvent;
import dev.banksync.stream.jdbc.JdbcSinks;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import org.apache.flink.connector.jdbc.core.datastream.sink.JdbcSink;

/**
 * The PostgreSQL ends of the alert stream: every alert into {@code insights.alerts}, anomalies also into
 * {@code insights.anomalies}. Both upsert by the deterministic alert id, so a replayed alert rewrites its own row.
 */
public final class AlertSinks {

    static final String ALERTS_UPSERT = """
            INSERT INTO insights.alerts
                (alert_id, user_id, kind, transaction_id, category, amount_minor, currency, score, reason, emitted_at)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            ON CONFLICT (alert_id) DO UPDATE SET
                user_id = EXCLUDED.user_id, kind = EXCLUDED.kind, transaction_id = EXCLUDED.transaction_id,
                category = EXCLUDED.category, amount_minor = EXCLUDED.amount_minor, currency = EXCLUDED.currency,
                score = EXCLUDED.score, reason = EXCLUDED.reason, emitted_at = EXCLUDED.emitted_at
            """;

    static final String ANOMALIES_UPSERT = """
            INSERT INTO insights.anomalies (alert_id, user_id, kind, transaction_id, score, reason, detected_at)
            VALUES (?, ?, ?, ?, ?, ?, ?)
            ON CONFLICT (alert_id) DO UPDATE SET
                user_id = EXCLUDED.user_id, kind = EXCLUDED.kind, transaction_id = EXCLUDED.transaction_id,
                score = EXCLUDED.score, reason = EXCLUDED.reason, detected_at = EXCLUDED.detected_at
            """;

    private AlertSinks() {
    }

    public static JdbcSink<AlertEvent> alerts(DbSettings db) {
        return JdbcSinks.upsert(db, ALERTS_UPSERT, AlertSinks::bindAlert);
    }

    public static JdbcSink<AlertEvent> anomalies(DbSettings db) {
        return JdbcSinks.upsert(db, ANOMALIES_UPSERT, AlertSinks::bindAnomaly);
    }

    static void bindAlert(PreparedStatement s, AlertEvent a) throws SQLException {
        s.setString(1, a.alertId());
        s.setString(2, a.userId());
        s.setString(3, a.kind().name());
        s.setString(4, a.transactionId());
        s.setString(5, a.category());
        s.setObject(6, a.amountMinor(), Types.BIGINT);
        s.setString(7, a.currency());
        s.setObject(8, a.score(), Types.DOUBLE);
        s.setString(9, a.reason());
        s.setTimestamp(10, Timestamp.from(a.emittedAt()));
    }

    static void bindAnomaly(PreparedStatement s, AlertEvent a) throws SQLException {
        s.setString(1, a.alertId());
        s.setString(2, a.userId());
        s.setString(3, a.kind().name());
        s.setString(4, a.transactionId());
        s.setObject(5, a.score(), Types.DOUBLE);
        s.setString(6, a.reason());
        s.setTimestamp(7, Timestamp.from(a.emittedAt()));
    }
}
