package dev.banksync.stream.recurring;

import java.time.LocalDate;

/** One transaction of a candidate stream: booking date and signed amount. */
public record Occurrence(String transactionId, LocalDate bookingDate, long amountMinor) {
}
