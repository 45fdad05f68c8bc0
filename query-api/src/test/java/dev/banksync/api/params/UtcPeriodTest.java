package dev.banksync.api.params;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;

class UtcPeriodTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 3, 15);

    @Test
    void aMonthIsItsUtcDaysHalfOpen() {
        assertThat(UtcPeriod.ofMonth(YearMonth.of(2024, 2))).isEqualTo(
                new UtcPeriod(Instant.parse("2024-02-01T00:00:00Z"), Instant.parse("2024-03-01T00:00:00Z")));
    }

    @Test
    void daysIncludeBothEnds() {
        assertThat(UtcPeriod.ofDays(LocalDate.of(2026, 1, 31), LocalDate.of(2026, 1, 31))).isEqualTo(
                new UtcPeriod(Instant.parse("2026-01-31T00:00:00Z"), Instant.parse("2026-02-01T00:00:00Z")));
    }

    @Test
    void monthOrDaysDefaultsToTheCurrentMonthAndMissingEndsToTheLast30Days() {
        assertThat(UtcPeriod.ofMonthOrDays(null, null, null, TODAY)).isEqualTo(UtcPeriod.ofMonth(YearMonth.of(2026, 3)));
        assertThat(UtcPeriod.ofMonthOrDays(null, LocalDate.of(2026, 3, 1), null, TODAY))
                .isEqualTo(UtcPeriod.ofDays(LocalDate.of(2026, 3, 1), TODAY));
        assertThat(UtcPeriod.ofMonthOrDays(null, null, LocalDate.of(2026, 1, 31), TODAY))
                .isEqualTo(UtcPeriod.ofDays(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 1, 31)));
    }

    @Test
    void rejectsReversedDaysAndMonthTogetherWithDaysNamingTheParameters() {
        assertThatThrownBy(() -> UtcPeriod.ofDays(LocalDate.of(2026, 2, 1), LocalDate.of(2026, 1, 1)))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("from 2026-02-01 is after to 2026-01-01");
        assertThatThrownBy(() -> UtcPeriod.ofMonthOrDays(YearMonth.of(2026, 1), null, LocalDate.of(2026, 1, 5), TODAY))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("month and from/to");
    }
}
