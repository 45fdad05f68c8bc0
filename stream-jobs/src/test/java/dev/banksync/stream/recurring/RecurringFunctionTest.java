package dev.banksync.stream.recurring;

import static dev.banksync.stream.Decisions.as;
import static dev.banksync.stream.TestEvents.txn;
import static org.assertj.core.api.Assertions.assertThat;

import dev.banksync.stream.FlinkHarnesses;
import dev.banksync.stream.anomaly.AnomalySettings;
import dev.banksync.stream.categorise.CategorisedTransaction;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class RecurringFunctionTest {

    private static long millis(String date) {
        return LocalDate.parse(date).atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli();
    }

    private static CategorisedTransaction gym(String id, String date) {
        return as("PERSONAL_CARE", txn("u1", id).on(date).amount(-2999, "GBP").merchant("PUREGYM").posted());
    }

    @Test
    void aProcessingTimeTimerStopsTheStreamWhenNoPaymentCameAndALateBookingRevivesIt() throws Exception {
        var harness = FlinkHarnesses.keyed(new RecurringFunction(AnomalySettings.DEFAULTS, Duration.ofDays(400)),
                CategorisedTransaction::userId);
        harness.setProcessingTime(millis("2026-03-11"));
        harness.processElement(gym("g1", "2026-01-10"), 0);
        harness.processElement(gym("g2", "2026-02-10"), 0);
        harness.processElement(gym("g3", "2026-03-10"), 0);

        harness.setProcessingTime(millis("2026-04-20")); // predicted 04-10 + 15 days' grace: still alive
        int beforeDeadline = harness.extractOutputValues().size();
        harness.setProcessingTime(millis("2026-04-26"));

        assertThat(beforeDeadline).isEqualTo(1);
        assertThat(harness.extractOutputValues()).extracting(RecurringStreamRow::status)
                .containsExactly("EARLY", "STOPPED");

        // The April payment happened on time; the bank sync only delivers it now.
        harness.processElement(gym("g4", "2026-04-10"), 0);
        assertThat(harness.extractOutputValues()).last()
                .extracting(RecurringStreamRow::status, RecurringStreamRow::predictedNextDate)
                .containsExactly("MATURE", LocalDate.parse("2026-05-10"));
    }

    @Test
    void theDeadlineIsMidnightInTheUsersZone() throws Exception {
        var harness = FlinkHarnesses.keyed(new RecurringFunction(AnomalySettings.DEFAULTS, Duration.ofDays(400)),
                CategorisedTransaction::userId);
        harness.setProcessingTime(millis("2026-03-11"));
        for (String[] payment : new String[][] {{"g1", "2026-01-10"}, {"g2", "2026-02-10"}, {"g3", "2026-03-10"}}) {
            harness.processElement(as("PERSONAL_CARE", txn("u1", payment[0]).on(payment[1]).amount(-2999, "NZD")
                    .merchant("LES MILLS").inZone("Pacific/Auckland").posted()), 0);
        }
        // Noon UTC on 25 April is midnight starting 26 April in Auckland (NZST, +12): the grace is over there.
        harness.setProcessingTime(java.time.Instant.parse("2026-04-25T11:59:59Z").toEpochMilli());
        int beforeDeadline = harness.extractOutputValues().size();
        harness.setProcessingTime(java.time.Instant.parse("2026-04-25T12:00:00Z").toEpochMilli());

        assertThat(beforeDeadline).isEqualTo(1);
        assertThat(harness.extractOutputValues()).extracting(RecurringStreamRow::status)
                .containsExactly("EARLY", "STOPPED");
    }

    @Test
    void priceIncreasesGoToTheAlertsSideOutput() throws Exception {
        var harness = FlinkHarnesses.keyed(new RecurringFunction(AnomalySettings.DEFAULTS, Duration.ofDays(400)),
                CategorisedTransaction::userId);
        harness.setProcessingTime(millis("2026-04-11"));
        harness.processElement(gym("g1", "2026-01-10"), 0);
        harness.processElement(gym("g2", "2026-02-10"), 0);
        harness.processElement(gym("g3", "2026-03-10"), 0);
        harness.processElement(as("PERSONAL_CARE",
                txn("u1", "g4").on("2026-04-10").amount(-3499, "GBP").merchant("PUREGYM").posted()), 0);

        assertThat(harness.getSideOutput(RecurringFunction.ALERTS)).hasSize(1);
        assertThat(harness.extractOutputValues()).last().extracting(RecurringStreamRow::status,
                RecurringStreamRow::lastAmountMinor).containsExactly("MATURE", -3499L);
    }
}
