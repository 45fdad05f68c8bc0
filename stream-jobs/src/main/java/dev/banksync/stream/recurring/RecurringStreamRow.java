package dev.banksync.stream.recurring;

import java.time.LocalDate;

/**
 * One row of {@code insights.recurring_streams} with absolute values. {@code active == false} says the stream no
 * longer recurs (its transactions were modified or removed) and its row is to be deleted.
 */
public record RecurringStreamRow(String userId, String streamId, String direction, String merchant, String category,
                                 String currency, String frequency, long averageAmountMinor, long lastAmountMinor,
                                 LocalDate firstDate, LocalDate lastDate, LocalDate predictedNextDate,
                                 int occurrences, String status, boolean active) {

    static RecurringStreamRow of(String userId, String streamId, StreamHistory stream, RecurringPattern pattern) {
        return new RecurringStreamRow(userId, streamId, stream.direction, stream.merchant, stream.category,
                stream.currency, pattern.frequency().name(), pattern.averageAmountMinor(), pattern.lastAmountMinor(),
                pattern.firstDate(), pattern.lastDate(), pattern.predictedNextDate(), pattern.occurrences(),
                pattern.status().name(), true);
    }

    RecurringStreamRow deleted() {
        return new RecurringStreamRow(userId, streamId, direction, merchant, category, currency, frequency,
                averageAmountMinor, lastAmountMinor, firstDate, lastDate, predictedNextDate, occurrences, status,
                false);
    }

    public boolean isOutflow() {
        return "OUTFLOW".equals(direction);
    }
}
