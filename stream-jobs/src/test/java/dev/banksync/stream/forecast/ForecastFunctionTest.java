package dev.banksync.stream.forecast;

import static org.assertj.core.api.Assertions.assertThat;

import dev.banksync.stream.FlinkHarnesses;
import dev.banksync.stream.recurring.RecurringStreamRow;
import dev.banksync.stream.spending.SpendingChange;
import dev.banksync.stream.spending.SpendingRow;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class ForecastFunctionTest {

    private static long millis(String date) {
        return LocalDate.parse(date).atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli();
    }

    private static SpendingChange spent(String month, long amount) {
        return new SpendingChange(new SpendingRow("u1", LocalDate.parse(month), "FOOD_AND_DRINK", "EUR", amount, 0, 1),
                Instant.parse("2026-04-10T10:00:00Z"));
    }

    @Test
    void projectsOnEachChangeAndAgainEveryMidnightAsThePaceChanges() throws Exception {
        var harness = FlinkHarnesses.keyedCo(new ForecastFunction(Duration.ofDays(400)),
                (SpendingChange c) -> c.row().userId(), RecurringStreamRow::userId);
        harness.setProcessingTime(millis("2026-04-10") + 3_600_000);
        harness.processElement1(spent("2026-04-01", 10_000), 0);
        harness.processElement1(spent("2025-11-01", 99_000), 0); // older than the history counted: no projection

        assertThat(harness.extractOutputValues()).singleElement()
                .extracting(ForecastRow::asOf, ForecastRow::projectedMinor)
                .containsExactly(LocalDate.parse("2026-04-10"), 30_000L);

        harness.setProcessingTime(millis("2026-04-11"));
        assertThat(harness.extractOutputValues()).last()
                .extracting(ForecastRow::asOf, ForecastRow::projectedMinor)
                .containsExactly(LocalDate.parse("2026-04-11"), 27_273L);
    }

    @Test
    void todayIsTheUsersDateSoTheirMonthStartsAtTheirMidnight() throws Exception {
        var harness = FlinkHarnesses.keyedCo(new ForecastFunction(Duration.ofDays(400)),
                (SpendingChange c) -> c.row().userId(), RecurringStreamRow::userId);
        // 20:00 UTC on 30 April is 01:30 on 1 May in Kolkata: May has begun for this user, not yet in UTC.
        harness.setProcessingTime(Instant.parse("2026-04-30T20:00:00Z").toEpochMilli());
        harness.processElement1(new SpendingChange(new SpendingRow("u1", LocalDate.parse("2026-05-01"),
                "FOOD_AND_DRINK", "INR", 50_000, 0, 1), Instant.parse("2026-04-30T20:00:00Z"), "Asia/Kolkata"), 0);

        assertThat(harness.extractOutputValues()).singleElement()
                .extracting(ForecastRow::month, ForecastRow::asOf, ForecastRow::projectedMinor)
                .containsExactly(LocalDate.parse("2026-05-01"), LocalDate.parse("2026-05-01"), 50_000L * 31);

        // A later change naming no zone keeps the user's; the next re-projection is at their midnight (18:30 UTC).
        harness.processElement1(new SpendingChange(new SpendingRow("u1", LocalDate.parse("2026-05-01"),
                "FOOD_AND_DRINK", "INR", 60_000, 0, 2), Instant.parse("2026-04-30T20:05:00Z")), 0);
        assertThat(harness.extractOutputValues()).last().extracting(ForecastRow::asOf)
                .isEqualTo(LocalDate.parse("2026-05-01"));
        harness.setProcessingTime(Instant.parse("2026-05-01T18:29:59Z").toEpochMilli());
        int beforeMidnight = harness.extractOutputValues().size();
        harness.setProcessingTime(Instant.parse("2026-05-01T18:30:00Z").toEpochMilli());
        assertThat(beforeMidnight).isEqualTo(2);
        assertThat(harness.extractOutputValues()).last()
                .extracting(ForecastRow::asOf, ForecastRow::projectedMinor)
                .containsExactly(LocalDate.parse("2026-05-02"), 60_000L * 31 / 2);
    }

    @Test
    void aLiveRecurringOutflowAddsItsExpectedPaymentAndAStoppedOneNoLonger() throws Exception {
        var harness = FlinkHarnesses.keyedCo(new ForecastFunction(Duration.ofDays(400)),
                (SpendingChange c) -> c.row().userId(), RecurringStreamRow::userId);
        harness.setProcessingTime(millis("2026-04-10"));
        RecurringStreamRow gym = new RecurringStreamRow("u1", "OUTFLOW:GYM:EUR", "OUTFLOW", "Gym", "PERSONAL_CARE",
                "EUR", "MONTHLY", -2999, -2999, LocalDate.parse("2026-01-20"), LocalDate.parse("2026-03-20"),
                LocalDate.parse("2026-04-20"), 3, "EARLY", true);
        harness.processElement2(gym, 0);
        harness.processElement2(new RecurringStreamRow("u1", "OUTFLOW:GYM:EUR", "OUTFLOW", "Gym", "PERSONAL_CARE",
                "EUR", "MONTHLY", -2999, -2999, LocalDate.parse("2026-01-20"), LocalDate.parse("2026-03-20"),
                LocalDate.parse("2026-04-20"), 3, "STOPPED", true), 0);

        assertThat(harness.extractOutputValues()).extracting(ForecastRow::recurringExpectedMinor)
                .containsExactly(2999L, 0L);
    }
}
