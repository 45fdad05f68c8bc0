package dev.banksync.stream.forecast;

import dev.banksync.core.db.DbSettings;
import dev.banksync.stream.jdbc.JdbcSinks;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import org.apache.flink.connector.jdbc.JdbcStatementBuilder;
import org.apache.flink.connector.jdbc.core.datastream.sink.JdbcSink;

/** Upserts {@link ForecastRow}s into {@code insights.forecasts}. */
public final class ForecastSink {

    static final String UPSERT = """
            INSERT INTO insights.forecasts
                (user_id, month, category, currency, as_of, spent_to_date_minor, recurring_expected_minor,
                 projected_minor, updated_at)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, now())
            ON CONFLICT (user_id, month, category, currency) DO UPDATE SET
                as_of = EXCLUDED.as_of, spent_to_date_minor = EXCLUDED.spent_to_date_minor,
                recurring_expected_minor = EXCLUDED.recurring_expected_minor,
                projected_minor = EXCLUDED.projected_minor, updated_at = EXCLUDED.updated_at
            """;

    private ForecastSink() {
    }

    public static JdbcSink<ForecastRow> create(DbSettings db) {
        return JdbcSinks.upsert(db, UPSERT, new RowStatement());
    }

    static final class RowStatement implements JdbcStatementBuilder<ForecastRow> {

        @Override
        public void accept(PreparedStatement s, ForecastRow row) throws SQLException {
            s.setString(1, row.userId());
            s.setDate(2, Date.valueOf(row.month()));
            s.setString(3, row.category());
            s.setString(4, row.currency());
            s.setDate(5, Date.valueOf(row.asOf()));
            s.setLong(6, row.spentToDateMinor());
            s.setLong(7, row.recurringExpectedMinor());
            s.setLong(8, row.projectedMinor());
        }
    }
}
