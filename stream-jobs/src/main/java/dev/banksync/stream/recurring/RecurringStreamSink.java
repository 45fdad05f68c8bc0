package dev.banksync.stream.recurring;

import dev.banksync.core.db.DbSettings;
import dev.banksync.stream.jdbc.JdbcSinks;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import org.apache.flink.connector.jdbc.JdbcStatementBuilder;
import org.apache.flink.connector.jdbc.core.datastream.sink.JdbcSink;

/** Upserts {@link RecurringStreamRow}s into {@code insights.recurring_streams}, deleting streams that stopped recurring. */
public final class RecurringStreamSink {

    static final String UPSERT_OR_DELETE = """
            WITH removed AS (
                DELETE FROM insights.recurring_streams WHERE NOT ?::boolean AND user_id = ? AND stream_id = ?
            )
            INSERT INTO insights.recurring_streams
                (user_id, stream_id, direction, merchant, category, currency, frequency, average_amount_minor,
                 last_amount_minor, first_date, last_date, predicted_next_date, occurrences, status, updated_at)
            SELECT ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, now() WHERE ?::boolean
            ON CONFLICT (user_id, stream_id) DO UPDATE SET
                direction = EXCLUDED.direction, merchant = EXCLUDED.merchant, category = EXCLUDED.category,
                currency = EXCLUDED.currency, frequency = EXCLUDED.frequency,
                average_amount_minor = EXCLUDED.average_amount_minor, last_amount_minor = EXCLUDED.last_amount_minor,
                first_date = EXCLUDED.first_date, last_date = EXCLUDED.last_date,
                predicted_next_date = EXCLUDED.predicted_next_date, occurrences = EXCLUDED.occurrences,
                status = EXCLUDED.status, updated_at = EXCLUDED.updated_at
            """;

    private RecurringStreamSink() {
    }

    public static JdbcSink<RecurringStreamRow> create(DbSettings db) {
        return JdbcSinks.upsert(db, UPSERT_OR_DELETE, new RowStatement());
    }

    static final class RowStatement implements JdbcStatementBuilder<RecurringStreamRow> {

        @Override
        public void accept(PreparedStatement s, RecurringStreamRow row) throws SQLException {
            s.setBoolean(1, row.active());
            s.setString(2, row.userId());
            s.setString(3, row.streamId());
            s.setString(4, row.userId());
            s.setString(5, row.streamId());
            s.setString(6, row.direction());
            s.setString(7, row.merchant());
            s.setString(8, row.category());
            s.setString(9, row.currency());
            s.setString(10, row.frequency());
            s.setLong(11, row.averageAmountMinor());
            s.setLong(12, row.lastAmountMinor());
            s.setDate(13, Date.valueOf(row.firstDate()));
            s.setDate(14, Date.valueOf(row.lastDate()));
            s.setDate(15, Date.valueOf(row.predictedNextDate()));
            s.setInt(16, row.occurrences());
            s.setString(17, row.status());
            s.setBoolean(18, row.active());
        }
    }
}
