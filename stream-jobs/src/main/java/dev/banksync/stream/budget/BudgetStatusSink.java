package dev.banksync.stream.budget;

import dev.banksync.core.db.DbSettings;
import dev.banksync.stream.jdbc.JdbcSinks;
import java.math.BigDecimal;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import org.apache.flink.connector.jdbc.JdbcStatementBuilder;
import org.apache.flink.connector.jdbc.core.datastream.sink.JdbcSink;

/** Upserts {@link BudgetStatusRow}s into {@code insights.budget_status}; deletes the periods of deleted budgets. */
public final class BudgetStatusSink {

    static final String UPSERT_OR_DELETE = """
            WITH removed AS (
                DELETE FROM insights.budget_status
                WHERE NOT ?::boolean AND user_id = ? AND budget_id = ? AND month = ?
            )
            INSERT INTO insights.budget_status
                (user_id, budget_id, month, category, currency, limit_minor, spent_minor, percent_used, status,
                 alerted_80, alerted_100, updated_at)
            SELECT ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, now() WHERE ?::boolean
            ON CONFLICT (user_id, budget_id, month) DO UPDATE SET
                category = EXCLUDED.category, currency = EXCLUDED.currency, limit_minor = EXCLUDED.limit_minor,
                spent_minor = EXCLUDED.spent_minor, percent_used = EXCLUDED.percent_used, status = EXCLUDED.status,
                alerted_80 = EXCLUDED.alerted_80, alerted_100 = EXCLUDED.alerted_100, updated_at = EXCLUDED.updated_at
            """;

    private static final long MAX_BASIS_POINTS = 999_999_999L;

    private BudgetStatusSink() {
    }

    public static JdbcSink<BudgetStatusRow> create(DbSettings db) {
        return JdbcSinks.upsert(db, UPSERT_OR_DELETE, new RowStatement());
    }

    static final class RowStatement implements JdbcStatementBuilder<BudgetStatusRow> {

        @Override
        public void accept(PreparedStatement s, BudgetStatusRow row) throws SQLException {
            s.setBoolean(1, row.active());
            s.setString(2, row.userId());
            s.setLong(3, row.budgetId());
            s.setDate(4, Date.valueOf(row.month()));
            s.setString(5, row.userId());
            s.setLong(6, row.budgetId());
            s.setDate(7, Date.valueOf(row.month()));
            s.setString(8, row.category());
            s.setString(9, row.currency());
            s.setLong(10, row.limitMinor());
            s.setLong(11, row.spentMinor());
            // numeric(9, 2) holds up to 9 999 999.99 %: a limit of one cent against a fortune is capped, not a failed write
            s.setBigDecimal(12, BigDecimal.valueOf(Math.min(row.usedBasisPoints(), MAX_BASIS_POINTS), 2));
            s.setString(13, row.status());
            s.setBoolean(14, row.alerted80());
            s.setBoolean(15, row.alerted100());
            s.setBoolean(16, row.active());
        }
    }
}
