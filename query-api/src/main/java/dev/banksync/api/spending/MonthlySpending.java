package dev.banksync.api.spending;

import java.time.YearMonth;

/** One row of {@code insights.v_spending_monthly}: a user's totals for one month, category and currency. */
public record MonthlySpending(
        String userId, YearMonth month, String category, String currency,
        long spentMinor, long receivedMinor, long netMinor, int transactionCount) {
}
