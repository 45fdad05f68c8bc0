package dev.banksync.stream.spending;

import dev.banksync.core.db.DbSettings;
import dev.banksync.stream.jdbc.BulkUpsert;
import dev.banksync.stream.jdbc.BulkUpsertSink;

/**
 * Upserts {@link SpendingRow}s into {@code insights.spending_monthly}: rows carry absolute values, so at-least-once
 * delivery (a batch written again after a restart) leaves the table exact.
 */
public final class SpendingMonthlySink {

    static final BulkUpsert<SpendingRow> TABLE = BulkUpsert.<SpendingRow>into("insights.spending_monthly")
            .key("user_id", "text", SpendingRow::userId)
            .key("month", "date", SpendingRow::month)
            .key("category", "text", SpendingRow::category)
            .key("currency", "text", SpendingRow::currency)
            .column("spent_minor", "bigint", SpendingRow::spentMinor)
            .column("received_minor", "bigint", SpendingRow::receivedMinor)
            .column("txn_count", "int", SpendingRow::txnCount)
            .touch("updated_at")
            .build();

    private SpendingMonthlySink() {
    }

    public static BulkUpsertSink<SpendingRow> create(DbSettings db) {
        return BulkUpsertSink.to(db, TABLE);
    }
}
