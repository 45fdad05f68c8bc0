package dev.banksync.stream.forecast;

import dev.banksync.core.db.DbSettings;
import dev.banksync.stream.jdbc.BulkUpsert;
import dev.banksync.stream.jdbc.BulkUpsertSink;

/** Upserts {@link ForecastRow}s into {@code insights.forecasts}. */
public final class ForecastSink {

    static final BulkUpsert<ForecastRow> TABLE = BulkUpsert.<ForecastRow>into("insights.forecasts")
            .key("user_id", "text", ForecastRow::userId)
            .key("month", "date", ForecastRow::month)
            .key("category", "text", ForecastRow::category)
            .key("currency", "text", ForecastRow::currency)
            .column("as_of", "date", ForecastRow::asOf)
            .column("spent_to_date_minor", "bigint", ForecastRow::spentToDateMinor)
            .column("recurring_expected_minor", "bigint", ForecastRow::recurringExpectedMinor)
            .column("projected_minor", "bigint", ForecastRow::projectedMinor)
            .touch("updated_at")
            .build();

    private ForecastSink() {
    }

    public static BulkUpsertSink<ForecastRow> create(DbSettings db) {
        return BulkUpsertSink.to(db, TABLE);
    }
}
