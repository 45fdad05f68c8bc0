package dev.banksync.stream.recurring;

import java.time.LocalDate;

/** What {@link RecurringDetector} found in a stream's occurrences, as of a date. */
public record RecurringPattern(Frequency frequency, long averageAmountMinor, long lastAmountMinor,
                               LocalDate firstDate, LocalDate lastDate, LocalDate predictedNextDate,
                               int occurrences, RecurringStatus status) {
}
