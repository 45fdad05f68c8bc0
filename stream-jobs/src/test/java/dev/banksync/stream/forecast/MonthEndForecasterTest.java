package dev.banksync.stream.forecast;

import static org.assertj.core.api.Assertions.assertThat;

import dev.banksync.stream.recurring.RecurringStreamRow;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class MonthEndForecasterTest {

    private final MonthEndForecaster forecaster = new MonthEndForecaster();

    private static RecurringStreamRow monthly(long amount, String last, String next) {
        return new RecurringStreamRow("u1", "OUTFLOW:GYM:EUR", "OUTFLOW", "Gym", "PERSONAL_CARE", "EUR", "MONTHLY",
                amount, amount, LocalDate.parse("2026-01-20"), LocalDate.parse(last), LocalDate.parse(next), 4,
                "MATURE", true);
    }

    @Test
    void withoutHistoryThePaceOfTheMonthIsExtended() {
        ForecastRow row = forecaster.forecast("u1", "FOOD_AND_DRINK", "EUR", LocalDate.parse("2026-04-10"), 10_000,
                List.of(), List.of());

        // 100.00 in 10 days of a 30-day month: 200.00 more to come.
        assertThat(row.projectedMinor()).isEqualTo(30_000);
        assertThat(row.month()).isEqualTo(LocalDate.parse("2026-04-01"));
        assertThat(row.asOf()).isEqualTo(LocalDate.parse("2026-04-10"));
    }

    @Test
    void earlyInTheMonthHistoryWeighsMost() {
        ForecastRow row = forecaster.forecast("u1", "FOOD_AND_DRINK", "EUR", LocalDate.parse("2026-04-03"), 0,
                List.of(30_000L, 36_000L, 33_000L), List.of());

        // pace 0; history 330.00 a month, 27 of 30 days left, weighted 27/30: 330 × 0.9 × 0.9 = 267.30
        assertThat(row.projectedMinor()).isEqualTo(26_730);
    }

    @Test
    void recurringPaymentsStillDueAreAddedAndPaidOnesAreNotExtrapolated() {
        ForecastRow due = forecaster.forecast("u1", "PERSONAL_CARE", "EUR", LocalDate.parse("2026-04-10"), 0,
                List.of(), List.of(monthly(-2999, "2026-03-20", "2026-04-20")));
        ForecastRow paid = forecaster.forecast("u1", "PERSONAL_CARE", "EUR", LocalDate.parse("2026-04-25"), 2999,
                List.of(), List.of(monthly(-2999, "2026-04-20", "2026-05-20")));

        assertThat(due.recurringExpectedMinor()).isEqualTo(2999);
        assertThat(due.projectedMinor()).isEqualTo(2999);
        assertThat(paid.recurringExpectedMinor()).isZero();
        assertThat(paid.projectedMinor()).isEqualTo(2999);
    }

    @Test
    void everyPaymentOfAFrequentStreamThisMonthIsRecurringNotPaceToExtend() {
        RecurringStreamRow weekly = new RecurringStreamRow("u1", "OUTFLOW:BOX:EUR", "OUTFLOW", "Box", "FOOD_AND_DRINK",
                "EUR", "WEEKLY", -1000, -1000, LocalDate.parse("2026-03-04"), LocalDate.parse("2026-04-15"),
                LocalDate.parse("2026-04-22"), 7, "MATURE", true);

        // paid on the 1st, 8th and 15th, nothing else spent: the 22nd and 29th are still due
        ForecastRow row = forecaster.forecast("u1", "FOOD_AND_DRINK", "EUR", LocalDate.parse("2026-04-16"), 3000,
                List.of(), List.of(weekly));

        assertThat(row.recurringExpectedMinor()).isEqualTo(2000);
        assertThat(row.projectedMinor()).isEqualTo(5000);
    }

    @Test
    void aSemiMonthlyStreamPaidOnThe1stAndThe15thPaidTwice() {
        RecurringStreamRow rent = new RecurringStreamRow("u1", "OUTFLOW:RENT:EUR", "OUTFLOW", "Rent",
                "RENT_AND_UTILITIES", "EUR", "SEMI_MONTHLY", -50_000, -50_000, LocalDate.parse("2026-01-01"),
                LocalDate.parse("2026-04-15"), LocalDate.parse("2026-04-30"), 8, "MATURE", true);

        ForecastRow row = forecaster.forecast("u1", "RENT_AND_UTILITIES", "EUR", LocalDate.parse("2026-04-20"),
                100_000, List.of(), List.of(rent));

        assertThat(row.projectedMinor()).as("no pace left to extend; the 30th is still due").isEqualTo(150_000);
    }
}
