package dev.banksync.stream.categorise;

import dev.banksync.core.db.DbSettings;
import dev.banksync.stream.jdbc.JdbcSinks;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import org.apache.flink.connector.jdbc.JdbcStatementBuilder;
import org.apache.flink.connector.jdbc.core.datastream.sink.JdbcSink;

/**
 * Writes each decision into {@code insights.transaction_categories} (upsert by transaction id) and deletes the row
 * of a removed transaction: one statement does either, so decisions and removals of one transaction stay in order
 * in one batch.
 */
public final class TransactionCategorySink {

    static final String UPSERT_OR_DELETE = """
            WITH removed AS (
                DELETE FROM insights.transaction_categories WHERE ?::boolean AND transaction_id = ?
            )
            INSERT INTO insights.transaction_categories
                (transaction_id, user_id, category, confidence, decided_by, model_version, merchant, booked_on,
                 uncertain, updated_at)
            SELECT ?, ?, ?, ?, ?, ?, ?, ?, ?, now() WHERE NOT ?::boolean
            ON CONFLICT (transaction_id) DO UPDATE SET
                user_id = EXCLUDED.user_id,
                category = EXCLUDED.category,
                confidence = EXCLUDED.confidence,
                decided_by = EXCLUDED.decided_by,
                model_version = EXCLUDED.model_version,
                merchant = EXCLUDED.merchant,
                booked_on = EXCLUDED.booked_on,
                uncertain = EXCLUDED.uncertain,
                updated_at = EXCLUDED.updated_at
            """;

    private TransactionCategorySink() {
    }

    public static JdbcSink<CategorisedTransaction> create(DbSettings db) {
        return JdbcSinks.upsert(db, UPSERT_OR_DELETE, new DecisionStatement());
    }

    /** Binds a decision, or a removal (which only needs the transaction id). */
    static final class DecisionStatement implements JdbcStatementBuilder<CategorisedTransaction> {

        @Override
        public void accept(PreparedStatement statement, CategorisedTransaction decision) throws SQLException {
            boolean removal = decision.isRemoval();
            String transactionId = decision.event().transactionId();
            statement.setBoolean(1, removal);
            statement.setString(2, transactionId);
            statement.setString(3, transactionId);
            statement.setString(4, decision.userId());
            statement.setString(5, removal ? "" : decision.category());
            statement.setBigDecimal(6, removal ? null
                    : BigDecimal.valueOf(decision.confidence()).setScale(4, RoundingMode.HALF_UP));
            statement.setString(7, removal ? "DEFAULT" : decision.decidedBy().name());
            if (decision.modelVersion() == null) {
                statement.setNull(8, Types.VARCHAR);
            } else {
                statement.setString(8, decision.modelVersion());
            }
            statement.setString(9, decision.merchant());
            LocalDate bookedOn = removal ? null : decision.event().bookingDate();
            statement.setObject(10, bookedOn, Types.DATE);
            statement.setBoolean(11, !removal && decision.uncertain());
            statement.setBoolean(12, removal);
        }
    }
}
