package dev.banksync.stream.spending;

import java.time.Instant;

/**
 * A bucket's new totals with the time of the event that changed them, for the features downstream of spending
 * (budgets, forecast) that must stamp their own outputs deterministically.
 */
public record SpendingChange(SpendingRow row, Instant at) {
}
