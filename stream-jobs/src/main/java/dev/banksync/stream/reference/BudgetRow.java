package dev.banksync.stream.reference;

import java.time.LocalDate;

/** One row of {@code ledger.budgets}: a monthly limit for a user, category and currency from {@code validFrom}. */
public record BudgetRow(long budgetId, String userId, String category, String currency, long limitMinor,
                        LocalDate validFrom, LocalDate validTo) {

    /** Whether the budget applies to the month starting on {@code month}. */
    public boolean appliesTo(LocalDate month) {
        LocalDate monthEnd = month.plusMonths(1).minusDays(1);
        return !validFrom.isAfter(monthEnd) && (validTo == null || !validTo.isBefore(month));
    }
}
