package dev.banksync.stream.budget;

import dev.banksync.core.db.DbSettings;
import dev.banksync.stream.jdbc.BulkUpsert;
import dev.banksync.stream.jdbc.BulkUpsertSink;
import java.math.BigDecimal;

/** Upserts {@link BudgetStatusRow}s into {@code insights.budget_status}; deletes the periods of deleted budgets. */
public final class BudgetStatusSink {

    private static final long MAX_BASIS_POINTS = 999_999_999L;

    static final BulkUpsert<BudgetStatusRow> TABLE = BulkUpsert.<BudgetStatusRow>into("insights.budget_status")
            .key("user_id", "text", BudgetStatusRow::userId)
            .key("budget_id", "bigint", BudgetStatusRow::budgetId)
            .key("month", "date", BudgetStatusRow::month)
            .column("category", "text", BudgetStatusRow::category)
            .column("currency", "text", BudgetStatusRow::currency)
            .column("limit_minor", "bigint", BudgetStatusRow::limitMinor)
            .column("spent_minor", "bigint", BudgetStatusRow::spentMinor)
            // numeric(9, 2) holds up to 9 999 999.99 %: a limit of one cent against a fortune is capped, not a failed write
            .column("percent_used", "numeric", row ->
                    BigDecimal.valueOf(Math.min(row.usedBasisPoints(), MAX_BASIS_POINTS), 2))
            .column("status", "text", BudgetStatusRow::status)
            .column("alerted_80", "boolean", BudgetStatusRow::alerted80)
            .column("alerted_100", "boolean", BudgetStatusRow::alerted100)
            .touch("updated_at")
            .deleteWhen(row -> !row.active())
            .build();

    private BudgetStatusSink() {
    }

    public static BulkUpsertSink<BudgetStatusRow> create(DbSettings db) {
        return BulkUpsertSink.to(db, TABLE);
    }
}
