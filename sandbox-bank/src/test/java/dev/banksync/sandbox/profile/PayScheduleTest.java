package dev.banksync.sandbox.profile;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class PayScheduleTest {

    private static final LocalDate JAN_1 = LocalDate.of(2026, 1, 1);

    @Test
    void monthly_pay_comes_on_the_last_business_day() {
        // 2026-01-31 is a Saturday, 2026-02-28 a Saturday, 2026-03-31 a Tuesday
        assertThat(paydays(PaySchedule.Frequency.MONTHLY, JAN_1, 90))
                .containsExactly(LocalDate.of(2026, 1, 30), LocalDate.of(2026, 2, 27), LocalDate.of(2026, 3, 31));
    }

    @Test
    void semi_monthly_pay_comes_on_the_15th_and_the_last_day_or_the_friday_before() {
        // 2026-02-15 is a Sunday
        assertThat(paydays(PaySchedule.Frequency.SEMI_MONTHLY, LocalDate.of(2026, 2, 1), 28))
                .containsExactly(LocalDate.of(2026, 2, 13), LocalDate.of(2026, 2, 27));
    }

    @Test
    void biweekly_pay_comes_every_other_friday_from_the_anchor() {
        LocalDate anchor = LocalDate.of(2026, 1, 9);
        List<LocalDate> days = paydays(PaySchedule.Frequency.BIWEEKLY, JAN_1, 60, anchor);

        assertThat(days).containsExactly(anchor, anchor.plusWeeks(2), anchor.plusWeeks(4), anchor.plusWeeks(6));
        assertThat(days).allMatch(d -> d.getDayOfWeek() == DayOfWeek.FRIDAY);
    }

    @Test
    void indian_pay_on_the_first_moves_to_the_next_business_day() {
        // 2026-02-01 is a Sunday
        assertThat(paydays(PaySchedule.Frequency.MONTHLY_FIRST, JAN_1, 59))
                .containsExactly(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 2, 2));
    }

    @Test
    void a_debit_due_on_a_weekend_is_collected_on_the_next_business_day_even_across_a_month_end() {
        // due on the 31st: 2026-01-31 is a Saturday, so Monday 2026-02-02; in February, the 28th (a Saturday) too
        assertThat(BusinessDays.isCollectedOn(31, LocalDate.of(2026, 1, 31))).isFalse();
        assertThat(BusinessDays.isCollectedOn(31, LocalDate.of(2026, 2, 2))).isTrue();
        assertThat(BusinessDays.isCollectedOn(31, LocalDate.of(2026, 3, 2))).isTrue();
        assertThat(BusinessDays.isCollectedOn(15, LocalDate.of(2026, 1, 15))).isTrue();
        assertThat(BusinessDays.isCollectedOn(15, LocalDate.of(2026, 1, 16))).isFalse();
    }

    private static List<LocalDate> paydays(PaySchedule.Frequency f, LocalDate from, int days) {
        return paydays(f, from, days, from);
    }

    private static List<LocalDate> paydays(PaySchedule.Frequency f, LocalDate from, int days, LocalDate anchor) {
        PaySchedule schedule = new PaySchedule(f, anchor, 100_000, null);
        List<LocalDate> paydays = new ArrayList<>();
        for (LocalDate d = from; d.isBefore(from.plusDays(days)); d = d.plusDays(1)) {
            if (schedule.isPayday(d)) {
                paydays.add(d);
            }
        }
        return paydays;
    }
}
