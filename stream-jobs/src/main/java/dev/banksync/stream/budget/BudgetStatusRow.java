package dev.banksync.stream.budget;

import java.time.LocalDate;

/**
 * One row of {@code insights.budget_status}: a budget in one month, what was spent against it, the share used in
 * hundredths of a percent (8125 = 81.25 %), the status and which threshold alerts fired. {@code active == false}
 * says the budget is gone from the ledger and its row is to be deleted.
 */
public record BudgetStatusRow(String userId, long budgetId, LocalDate month, String category, String currency,
                              long limitMinor, long spentMinor, long usedBasisPoints, String status,
                              boolean alerted80, boolean alerted100, boolean active) {
}
