package dev.banksync.api.recurring;

import java.time.LocalDate;

/**
 * One row of {@code insights.v_recurring_streams}: a recurring inflow or outflow at one merchant (a salary, a
 * subscription). Amounts are signed minor units of {@code currency} like the transactions (money out negative);
 * dates are bank dates. {@code status} is EARLY (too few occurrences to be sure), MATURE or STOPPED.
 */
public record RecurringStream(
        String streamId, String direction, String merchant, String category, String currency, String frequency,
        long averageAmountMinor, long lastAmountMinor, LocalDate firstDate, LocalDate lastDate,
        LocalDate predictedNextDate, int occurrences, String status) {
}
