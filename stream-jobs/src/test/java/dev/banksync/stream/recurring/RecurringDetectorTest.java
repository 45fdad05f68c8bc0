package dev.banksync.stream.recurring;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class RecurringDetectorTest {

    private final RecurringDetector detector = new RecurringDetector();

    private static List<Occurrence> series(long amount, String... dates) {
        List<Occurrence> occurrences = new ArrayList<>();
        for (int i = 0; i < dates.length; i++) {
            occurrences.add(new Occurrence("t" + i, LocalDate.parse(dates[i]), amount));
        }
        return occurrences;
    }

    @Test
    void monthlyOnTheSameDayDespiteWeekendShifts() {
        RecurringPattern p = detector.detect(series(-1599, "2026-01-15", "2026-02-16", "2026-03-15", "2026-04-15"),
                LocalDate.parse("2026-04-20"));

        assertThat(p.frequency()).isEqualTo(Frequency.MONTHLY);
        assertThat(p.predictedNextDate()).isEqualTo(LocalDate.parse("2026-05-15"));
        assertThat(p.status()).isEqualTo(RecurringStatus.MATURE);
        assertThat(p.averageAmountMinor()).isEqualTo(-1599);
        assertThat(p.occurrences()).isEqualTo(4);
        assertThat(p.firstDate()).isEqualTo(LocalDate.parse("2026-01-15"));
    }

    @Test
    void aDuplicateChargeOnTheSameDayDoesNotHideTheSubscription() {
        List<Occurrence> netflix = series(-1599, "2026-01-15", "2026-02-15", "2026-03-15", "2026-04-15");
        netflix.add(new Occurrence("t-dup", LocalDate.parse("2026-04-15"), -1599));

        RecurringPattern p = detector.detect(netflix, LocalDate.parse("2026-04-20"));

        assertThat(p).isNotNull();
        assertThat(p.frequency()).isEqualTo(Frequency.MONTHLY);
        assertThat(p.occurrences()).isEqualTo(4);
        assertThat(p.predictedNextDate()).isEqualTo(LocalDate.parse("2026-05-15"));
    }

    @Test
    void aMonthEndStreamKeepsItsDayAfterFebruary() {
        RecurringPattern p = detector.detect(series(-5000, "2026-12-31", "2027-01-31", "2027-02-28"),
                LocalDate.parse("2027-03-01"));

        assertThat(p.frequency()).isEqualTo(Frequency.MONTHLY);
        assertThat(p.predictedNextDate()).isEqualTo(LocalDate.parse("2027-03-31"));
        assertThat(p.status()).isEqualTo(RecurringStatus.EARLY);
    }

    @Test
    void weeklyAndBiweekly() {
        assertThat(detector.detect(series(-900, "2026-03-02", "2026-03-09", "2026-03-16", "2026-03-23"),
                LocalDate.parse("2026-03-24")).frequency()).isEqualTo(Frequency.WEEKLY);
        RecurringPattern payroll = detector.detect(
                series(250_000, "2026-01-02", "2026-01-16", "2026-01-30", "2026-02-13"), LocalDate.parse("2026-02-14"));
        assertThat(payroll.frequency()).isEqualTo(Frequency.BIWEEKLY);
        assertThat(payroll.predictedNextDate()).isEqualTo(LocalDate.parse("2026-02-27"));
    }

    @Test
    void semiMonthlyOnTwoFixedDaysOfTheMonth() {
        RecurringPattern p = detector.detect(
                series(180_000, "2026-01-01", "2026-01-15", "2026-02-01", "2026-02-15", "2026-03-01"),
                LocalDate.parse("2026-03-02"));

        assertThat(p.frequency()).isEqualTo(Frequency.SEMI_MONTHLY);
        assertThat(p.predictedNextDate()).isEqualTo(LocalDate.parse("2026-03-15"));
    }

    @Test
    void annuallyAfterTwoYears() {
        RecurringPattern p = detector.detect(series(-9900, "2025-02-10", "2026-02-09"), LocalDate.parse("2026-03-01"));

        assertThat(p.frequency()).isEqualTo(Frequency.ANNUALLY);
        assertThat(p.predictedNextDate()).isEqualTo(LocalDate.parse("2027-02-09"));
    }

    @Test
    void stoppedOnceTheAsOfDateIsAGracePeriodPastThePrediction() {
        List<Occurrence> monthly = series(-1599, "2026-01-15", "2026-02-15", "2026-03-15", "2026-04-15");

        assertThat(detector.detect(monthly, LocalDate.parse("2026-05-30")).status()).isEqualTo(RecurringStatus.MATURE);
        assertThat(detector.detect(monthly, LocalDate.parse("2026-05-31")).status()).isEqualTo(RecurringStatus.STOPPED);
    }

    @Test
    void irregularDatesOrAmountsDoNotRecur() {
        assertThat(detector.detect(series(-1000, "2026-01-03", "2026-01-09", "2026-02-20", "2026-02-23"),
                LocalDate.parse("2026-03-01"))).isNull();
        List<Occurrence> groceries = series(-4000, "2026-03-02", "2026-03-09", "2026-03-16");
        groceries.add(new Occurrence("big", LocalDate.parse("2026-03-23"), -25_000));
        assertThat(detector.detect(groceries, LocalDate.parse("2026-03-24"))).isNull();
        assertThat(detector.detect(series(-1000, "2026-01-03", "2026-02-03"), LocalDate.parse("2026-02-04")))
                .isNull();
    }

    @Test
    void aPriceChangeWithinToleranceKeepsTheStreamAndAveragesIt() {
        List<Occurrence> occurrences = series(-1000, "2026-01-05", "2026-02-05", "2026-03-05");
        occurrences.add(new Occurrence("t3", LocalDate.parse("2026-04-05"), -1200));

        RecurringPattern p = detector.detect(occurrences, LocalDate.parse("2026-04-06"));

        assertThat(p.lastAmountMinor()).isEqualTo(-1200);
        assertThat(p.averageAmountMinor()).isEqualTo(-1050);
    }
}
