package dev.banksync.stream.recurring;

import dev.banksync.core.db.DbSettings;
import dev.banksync.stream.jdbc.BulkUpsert;
import dev.banksync.stream.jdbc.BulkUpsertSink;

/** Upserts {@link RecurringStreamRow}s into {@code insights.recurring_streams}, deleting streams that stopped recurring. */
public final class RecurringStreamSink {

    static final BulkUpsert<RecurringStreamRow> TABLE = BulkUpsert
            .<RecurringStreamRow>into("insights.recurring_streams")
            .key("user_id", "text", RecurringStreamRow::userId)
            .key("stream_id", "text", RecurringStreamRow::streamId)
            .column("direction", "text", RecurringStreamRow::direction)
            .column("merchant", "text", RecurringStreamRow::merchant)
            .column("category", "text", RecurringStreamRow::category)
            .column("currency", "text", RecurringStreamRow::currency)
            .column("frequency", "text", RecurringStreamRow::frequency)
            .column("average_amount_minor", "bigint", RecurringStreamRow::averageAmountMinor)
            .column("last_amount_minor", "bigint", RecurringStreamRow::lastAmountMinor)
            .column("first_date", "date", RecurringStreamRow::firstDate)
            .column("last_date", "date", RecurringStreamRow::lastDate)
            .column("predicted_next_date", "date", RecurringStreamRow::predictedNextDate)
            .column("occurrences", "int", RecurringStreamRow::occurrences)
            .column("status", "text", RecurringStreamRow::status)
            .touch("updated_at")
            .deleteWhen(row -> !row.active())
            .build();

    private RecurringStreamSink() {
    }

    public static BulkUpsertSink<RecurringStreamRow> create(DbSettings db) {
        return BulkUpsertSink.to(db, TABLE);
    }
}
