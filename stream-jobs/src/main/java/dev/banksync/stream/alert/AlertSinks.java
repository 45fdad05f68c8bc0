package dev.banksync.stream.alert;

import dev.banksync.core.db.DbSettings;
import dev.banksync.core.event.AlertEvent;
import dev.banksync.stream.jdbc.BulkUpsert;
import dev.banksync.stream.jdbc.BulkUpsertSink;

/**
 * The PostgreSQL ends of the alert stream: every alert into {@code insights.alerts}, anomalies also into
 * {@code insights.anomalies}. Both upsert by the deterministic alert id, so a replayed alert rewrites its own row.
 */
public final class AlertSinks {

    static final BulkUpsert<AlertEvent> ALERTS = BulkUpsert.<AlertEvent>into("insights.alerts")
            .key("alert_id", "text", AlertEvent::alertId)
            .column("user_id", "text", AlertEvent::userId)
            .column("kind", "text", AlertEvent::kind)
            .column("transaction_id", "text", AlertEvent::transactionId)
            .column("category", "text", AlertEvent::category)
            .column("amount_minor", "bigint", AlertEvent::amountMinor)
            .column("currency", "text", AlertEvent::currency)
            .column("score", "double precision", AlertEvent::score)
            .column("reason", "text", AlertEvent::reason)
            .column("emitted_at", "timestamptz", AlertEvent::emittedAt)
            .build();

    static final BulkUpsert<AlertEvent> ANOMALIES = BulkUpsert.<AlertEvent>into("insights.anomalies")
            .key("alert_id", "text", AlertEvent::alertId)
            .column("user_id", "text", AlertEvent::userId)
            .column("kind", "text", AlertEvent::kind)
            .column("transaction_id", "text", AlertEvent::transactionId)
            .column("score", "double precision", AlertEvent::score)
            .column("reason", "text", AlertEvent::reason)
            .column("detected_at", "timestamptz", AlertEvent::emittedAt)
            .build();

    private AlertSinks() {
    }

    public static BulkUpsertSink<AlertEvent> alerts(DbSettings db) {
        return BulkUpsertSink.to(db, ALERTS);
    }

    public static BulkUpsertSink<AlertEvent> anomalies(DbSettings db) {
        return BulkUpsertSink.to(db, ANOMALIES);
    }
}
