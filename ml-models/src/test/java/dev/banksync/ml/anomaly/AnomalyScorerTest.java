package dev.banksync.ml.anomaly;

import dev.banksync.core.event.AlertEvent.AlertKind;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AnomalyScorerTest {

    private static final LocalDate START = LocalDate.of(2026, 1, 5);
    private static final String[] SHOPS = {"TESCO", "BLUE BOTTLE", "SHELL", "BOOTS", "PRET"};

    /** Users who buy at five shops for 90 days, amounts spread ±30 % around each user's own level. */
    private static List<double[]> ordinaryRows(long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        List<double[]> rows = new ArrayList<>();
        for (int user = 0; user < 30; user++) {
            PaymentHistory history = new PaymentHistory();
            long level = 500 + random.nextInt(5_000);
            for (int day = 0; day < 90; day++) {
                long amount = Math.round(level * (0.7 + 0.6 * random.nextDouble()));
                Payment p = new Payment(user + "-" + day, START.plusDays(day), -amount, "GBP", null, "GENERAL",
                        SHOPS[random.nextInt(SHOPS.length)]);
                rows.add(AnomalyFeatures.of(p, history));
                history.add(p);
            }
        }
        return rows;
    }

    private static PaymentHistory usualHistory() {
        PaymentHistory history = new PaymentHistory();
        for (int day = 0; day < 30; day++) {
            history.add(new Payment("h" + day, START.plusDays(day), -1_000 - day * 10, "GBP", null, "GENERAL",
                    SHOPS[day % SHOPS.length]));
        }
        return history;
    }

    @Test
    void aHugeFirstPaymentInAForeignCurrencyScoresAboveAnOrdinaryOne() {
        AnomalyModel model = new AnomalyModelTrainer(0.01, 0.3, 2_000, 7).train(ordinaryRows(1));
        AnomalyScorer scorer = new AnomalyScorer(model);
        PaymentHistory history = usualHistory();

        AnomalyScorer.Assessment usual = scorer.assess(new Payment("u", START.plusDays(31), -1_100, "GBP", null,
                "GENERAL", "TESCO"), history);
        AnomalyScorer.Assessment odd = scorer.assess(new Payment("o", START.plusDays(31), -90_000, "GBP", "USD",
                "GENERAL", "APPLE STORE"), history);

        assertThat(odd.score()).isGreaterThan(usual.score());
        assertThat(odd.anomalous()).isTrue();
        assertThat(usual.anomalous()).isFalse();
        assertThat(odd.likelyKind()).isEqualTo(AlertKind.UNUSUAL_CURRENCY_OR_COUNTRY);
    }

    @Test
    void theSameRowsAndSeedGiveTheSameScores() {
        List<double[]> rows = ordinaryRows(3);
        AnomalyModel first = new AnomalyModelTrainer(0.02, 0.3, 1_000, 11).train(rows);
        AnomalyModel second = new AnomalyModelTrainer(0.02, 0.3, 1_000, 11).train(rows);

        for (double[] row : ordinaryRows(4).subList(0, 200)) {
            assertThat(second.score(row)).isEqualTo(first.score(row));
        }
    }

    @Test
    void aThresholdDecidesWhatIsAnomalous() {
        AnomalyModel model = new AnomalyModelTrainer(0.05, 0.3, 1_000, 5).train(ordinaryRows(2));
        double[] row = ordinaryRows(9).get(500);
        double score = model.score(row);

        assertThat(model.withThreshold(score).isAnomalous(score)).isTrue();
        assertThat(model.withThreshold(score + 1e-9).isAnomalous(score)).isFalse();
        assertThatThrownBy(() -> model.score(new double[3])).hasMessageContaining("expected");
    }

    @Test
    void theKindFollowsTheMostSpecificFeature() {
        double[] f = new double[AnomalyFeatures.NAMES.size()];
        assertThat(AnomalyScorer.likelyKind(f)).isEqualTo(AlertKind.UNUSUAL_AMOUNT);
        f[AnomalyFeatures.MERCHANT_LAST] = 0.2;
        assertThat(AnomalyScorer.likelyKind(f)).isEqualTo(AlertKind.SUBSCRIPTION_PRICE_INCREASE);
        f[AnomalyFeatures.CATEGORY_Z] = 8;
        assertThat(AnomalyScorer.likelyKind(f)).isEqualTo(AlertKind.UNUSUAL_AMOUNT);
        f[AnomalyFeatures.NEW_MERCHANT] = 1;
        assertThat(AnomalyScorer.likelyKind(f)).isEqualTo(AlertKind.LARGE_FIRST_TIME_MERCHANT);
        f[AnomalyFeatures.FOREIGN] = 1;
        assertThat(AnomalyScorer.likelyKind(f)).isEqualTo(AlertKind.UNUSUAL_CURRENCY_OR_COUNTRY);
        f[AnomalyFeatures.SAME_CHARGE] = 1;
        assertThat(AnomalyScorer.likelyKind(f)).isEqualTo(AlertKind.DUPLICATE_CHARGE);
    }
}
