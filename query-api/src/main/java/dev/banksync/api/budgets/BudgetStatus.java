package dev.banksync.api.budgets;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

/**
 * One row of {@code insights.v_budget_status}: a monthly budget in one month. Amounts are positive minor units of
 * {@code currency}; {@code remainingMinor} goes negative once the budget is exceeded. {@code status} is OK, WARNING
 * or EXCEEDED; {@code crossedThresholds} lists the percentages (80, 100) whose alert has fired this month.
 */
public record BudgetStatus(
        long budgetId, YearMonth month, String category, String currency, long limitMinor, long spentMinor,
        long remainingMinor, BigDecimal percentUsed, String status, List<Integer> crossedThresholds) {

    /** The thresholds whose alert fired, in rising order, from the view's one flag per threshold. */
    public static List<Integer> crossedThresholds(boolean alerted80, boolean alerted100) {
        List<Integer> crossed = new ArrayList<>(2);
        if (alerted80) {
            crossed.add(80);
        }
        if (alerted100) {
            crossed.add(100);
        }
        return List.copyOf(crossed);
    }
}
