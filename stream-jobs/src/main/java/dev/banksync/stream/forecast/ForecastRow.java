package dev.banksync.stream.forecast;

import java.time.LocalDate;

/** One row of {@code insights.forecasts}: the projected month-end spend (positive) of a category as of a day. */
public record ForecastRow(String userId, LocalDate month, String category, String currency, LocalDate asOf,
                          long spentToDateMinor, long recurringExpectedMinor, long projectedMinor) {
}
