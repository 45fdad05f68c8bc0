package dev.banksync.stream.anomaly;

import static dev.banksync.stream.TestEvents.txn;

import dev.banksync.stream.TestEvents;
import java.time.LocalDate;
import java.time.ZoneOffset;

/** One user's card payments for the anomaly tests: booked {@code day} days after {@link #START}, emitted at noon. */
final class AnomalyPayments {

    static final LocalDate START = LocalDate.of(2026, 3, 1);
    static final String FOOD = "FOOD_AND_DRINK";

    private AnomalyPayments() {
    }

    static TestEvents payment(String id, int day, long amount, String merchant) {
        return txn("u1", id).on(START.plusDays(day)).amount(amount, "EUR").merchant(merchant)
                .emittedAt(START.plusDays(day).atStartOfDay().plusHours(12).toInstant(ZoneOffset.UTC).toString());
    }
}
