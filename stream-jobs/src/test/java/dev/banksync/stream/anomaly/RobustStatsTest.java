package dev.banksync.stream.anomaly;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class RobustStatsTest {

    @Test
    void medianAndMadOfOddAndEvenCounts() {
        long[] odd = {5, 1, 3};
        long[] even = {4, 1, 3, 2};

        assertThat(RobustStats.median(odd)).isEqualTo(3.0);
        assertThat(RobustStats.median(even)).isEqualTo(2.5);
        assertThat(RobustStats.mad(new long[] {1, 2, 3, 4, 100}, 3)).isEqualTo(1.0);
        assertThat(RobustStats.quantile(new long[] {10, 1, 9, 2, 8, 3, 7, 4, 6, 5}, 0.9)).isEqualTo(9);
    }

    @Test
    void oneEarlierOutlierDoesNotHideTheNext() {
        long[] past = {1000, 1100, 950, 1050, 1000, 90000};
        double median = RobustStats.median(past);

        double z = RobustStats.robustZ(80000, median, RobustStats.mad(past, median));

        assertThat(median).isEqualTo(1025.0);
        assertThat(z).isGreaterThan(100);
    }

    @Test
    void identicalPastAmountsScaleByFivePercentOfTheMedian() {
        assertThat(RobustStats.robustZ(1250, 1200, 0)).isCloseTo(0.6745 * 50 / 60, within(1e-9));
        assertThat(RobustStats.robustZ(4000, 1200, 0)).isGreaterThan(3.5);
    }
}
