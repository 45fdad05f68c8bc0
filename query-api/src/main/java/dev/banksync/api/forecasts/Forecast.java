package dev.banksync.api.forecasts;

import java.time.LocalDate;
import java.time.YearMonth;

/**
 * One row of {@code insights.v_forecasts}: the projected month-end spend of one category, as of the bank date
 * {@code asOf}. Amounts are positive minor units of {@code currency}: spent so far, recurring outflows still
 * expected this month, and the projection.
 */
public record Forecast(
        YearMonth month, String category, String currency, LocalDate asOf, long spentToDateMinor,
        long recurringExpectedMinor, long projectedMinor) {
}
