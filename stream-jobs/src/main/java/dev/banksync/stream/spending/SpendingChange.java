package dev.banksync.stream.spending;

import java.time.Instant;

/**
 * A bucket's new totals with the time of the event that changed them, for the features downstream of spending
 * (budgets, forecast) that must stamp their own outputs deterministically, and the user's time zone as that event
 * carried it (null: not named), for the forecast's "today".
 */
public record SpendingChange(SpendingRow row, Instant at, String userTimeZone) {

    /** A change whose event named no zone. */
    public SpendingChange(SpendingRow row, Instant at) {
        this(row, at, null);
    }
}
