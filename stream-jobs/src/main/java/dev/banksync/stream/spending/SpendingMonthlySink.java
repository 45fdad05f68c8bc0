package dev.banksync.stream.spending;

import dev.banksync.core.db.DbSettings;
import dev.banksync.stream.jdbc.JdbcSinks;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import org.apache.flink.connector.jdbc.JdbcStatementBuilder;
import org.apache.flink.connector.jdbc.core.datastream.sink.JdbcSink;

/**
 * Upserts {@link SpendingRow}s into {@code insights.spending_monthly} through {@link JdbcSinks}: rows carry
 * absolute values, so at-least-once delivery (a batch written again after a restart) leaves the table exact.
 */
public final class SpendingMonthlySink {

    static final String UPSERT = """
            INSERT INTO insights.spending_monthly
                (user_id, month, category, currency, spent_minor, received_minor, txn_count, updated_at)
            VALUES (?, ?, ?, ?, ?, ?, ?, now())
            ON CONFLICT (user_id, month, category, currency) DO UPDATE SET
                spent_minor = EXCLUDED.spent_minor,
                received_minor = EXCLUDED.received_minor,
                txn_count = EXCLUDED.txn_count,
                updated_at = EXCLUDED.updated_at
            """;

    private SpendingMonthlySink() {
    }

    public static JdbcSink<SpendingRow> create(DbSettings db) {
        return JdbcSinks.upsert(db, UPSERT, new SpendingRowStatement());
    }

    /** Binds one row to {@link #UPSERT}'s parameters. */
    static final class SpendingRowStatement implements JdbcStatementBuilder<SpendingRow> {

        @Override
        public void accept(PreparedStatement statement, SpendingRow row) throws SQLException {
            statement.setString(1, row.userId());
            statement.setDate(2, Date.valueOf(row.month()));
            statement.setString(3, row.category());
            statement.setString(4, row.currency());
            statement.setLong(5, row.spentMinor());
            statement.setLong(6, row.receivedMinor());
            statement.setInt(7, row.txnCount());
        }
    }
}
