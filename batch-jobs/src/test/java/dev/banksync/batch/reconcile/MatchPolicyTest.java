package dev.banksync.batch.reconcile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class MatchPolicyTest {

    private static final LocalDate PENDING = LocalDate.of(2026, 3, 2);

    @Test
    void aPostingMaySettleAPendingFromItsOwnDayToTheWindowsLastDay() {
        MatchPolicy policy = MatchPolicy.DEFAULT; // 10 days

        assertThat(policy.withinPendingWindow(PENDING, PENDING.minusDays(1))).as("booked before the pending").isFalse();
        assertThat(policy.withinPendingWindow(PENDING, PENDING)).isTrue();
        assertThat(policy.withinPendingWindow(PENDING, PENDING.plusDays(10))).isTrue();
        assertThat(policy.withinPendingWindow(PENDING, PENDING.plusDays(11))).isFalse();
    }

    @Test
    void aZeroDayWindowKeepsOnlyTheSameDay() {
        MatchPolicy sameDay = new MatchPolicy(0, 0.30, 100, 0.5, 1);

        assertThat(sameDay.withinPendingWindow(PENDING, PENDING)).isTrue();
        assertThat(sameDay.withinPendingWindow(PENDING, PENDING.plusDays(1))).isFalse();
    }

    @Test
    void negativeWindowsAndTolerancesOutOfRangeAreRefused() {
        assertThatThrownBy(() -> new MatchPolicy(-1, 0.30, 100, 0.5, 1)).hasMessageContaining("day windows");
        assertThatThrownBy(() -> new MatchPolicy(10, 1.0, 100, 0.5, 1)).hasMessageContaining("amountTolerance");
        assertThatThrownBy(() -> new MatchPolicy(10, 0.30, 100, 1.5, 1)).hasMessageContaining("minDescriptionScore");
    }
}
