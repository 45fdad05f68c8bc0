package dev.banksync.stream.categorise;

import dev.banksync.core.db.DbSettings;
import dev.banksync.stream.jdbc.BulkUpsert;
import dev.banksync.stream.jdbc.BulkUpsertSink;
import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Writes each decision into {@code insights.transaction_categories} (upsert by transaction id) and deletes the row
 * of a removed transaction; of several decisions on one transaction in a batch only the latest is written.
 */
public final class TransactionCategorySink {

    static final BulkUpsert<CategorisedTransaction> TABLE = BulkUpsert
            .<CategorisedTransaction>into("insights.transaction_categories")
            .key("transaction_id", "text", decision -> decision.event().transactionId())
            .column("user_id", "text", CategorisedTransaction::userId)
            .column("category", "text", CategorisedTransaction::category)
            .column("confidence", "numeric", decision ->
                    BigDecimal.valueOf(decision.confidence()).setScale(4, RoundingMode.HALF_UP))
            .column("decided_by", "text", CategorisedTransaction::decidedBy)
            .column("model_version", "text", CategorisedTransaction::modelVersion)
            .column("merchant", "text", CategorisedTransaction::merchant)
            .column("booked_on", "date", decision -> decision.event().bookingDate())
            .column("uncertain", "boolean", CategorisedTransaction::uncertain)
            .column("detailed_category", "text", CategorisedTransaction::detailedCategory)
            .touch("updated_at")
            .deleteWhen(CategorisedTransaction::isRemoval)
            .build();

    private TransactionCategorySink() {
    }

    public static BulkUpsertSink<CategorisedTransaction> create(DbSettings db) {
        return BulkUpsertSink.to(db, TABLE);
    }
}
