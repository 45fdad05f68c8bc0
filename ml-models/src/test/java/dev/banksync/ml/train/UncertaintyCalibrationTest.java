package dev.banksync.ml.train;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class UncertaintyCalibrationTest {

    @Test
    void thresholdIsTheLowestConfidenceAtWhichKeptAnswersMeetThePrecision() {
        double[][] scored = {
            {0.99, 1}, {0.95, 1}, {0.90, 1}, {0.80, 1}, {0.70, 0}, {0.60, 1}, {0.50, 0}, {0.40, 0},
        };
        // top 4 all right (precision 1); adding 0.70 gives 4/5 = 0.8; 0.60 gives 5/6 = 0.83
        assertThat(UncertaintyCalibration.threshold(scored, 0.9)).isEqualTo(0.80);
        assertThat(UncertaintyCalibration.threshold(scored, 0.8)).isEqualTo(0.60);
    }

    @Test
    void goodEnoughEverywhereGivesZeroAndNeverGoodEnoughGivesOne() {
        assertThat(UncertaintyCalibration.threshold(new double[][] {{0.9, 1}, {0.3, 1}}, 0.97)).isZero();
        assertThat(UncertaintyCalibration.threshold(new double[][] {{0.9, 0}, {0.3, 1}}, 0.97)).isEqualTo(1.0);
    }

    @Test
    void tiedConfidencesAreKeptOrDroppedTogether() {
        double[][] scored = {{0.9, 1}, {0.8, 1}, {0.8, 0}, {0.7, 0}};
        assertThat(UncertaintyCalibration.threshold(scored, 0.9)).isEqualTo(0.9);
    }
}
