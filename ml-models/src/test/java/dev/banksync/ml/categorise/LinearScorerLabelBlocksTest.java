package dev.banksync.ml.categorise;

import dev.banksync.ml.TestModels;
import dev.banksync.ml.corpus.LabelledTransaction;
import dev.banksync.ml.features.FeatureVector;
import dev.banksync.ml.features.TransactionFeatures;
import dev.banksync.ml.merchant.MerchantNormaliser;
import dev.banksync.ml.train.CategoriserTrainer;
import dev.banksync.ml.train.TrainerKind;
import dev.banksync.ml.train.TrainingData;
import org.junit.jupiter.api.Test;
import org.tribuo.classification.sgd.linear.LinearSGDModel;

import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * The compact scorer sums categories four at a time and the rest one by one; a model of five categories takes
 * both paths, so both must agree with Tribuo's own probabilities (the shipped taxonomy has 16, a multiple of 4).
 */
class LinearScorerLabelBlocksTest {

    private static final Set<String> FIVE = Set.of("FOOD_AND_DRINK", "INCOME", "TRANSPORTATION", "BANK_FEES",
            "RENT_AND_UTILITIES");

    @Test
    void aLabelCountThatIsNoMultipleOfFourScoresLikeTribuo() {
        TrainingData all = TestModels.smallData();
        TrainingData five = new TrainingData(only(all.train()), only(all.heldOut()), Map.of());
        CategoriserModel model = new CategoriserTrainer().train(five, TrainerKind.LOGISTIC, 2).chosen();
        LinearScorer compact = new LinearScorer((LinearSGDModel) model.tribuoModel());
        TribuoScorer tribuo = new TribuoScorer(model.tribuoModel());
        assertThat(compact.labels()).hasSize(5);

        TransactionFeatures features = new TransactionFeatures(MerchantNormaliser.shipped());
        FeatureVector vector = new FeatureVector();
        for (LabelledTransaction row : five.heldOut().subList(0, 200)) {
            features.extract(row.input(), vector);
            double[] fast = new double[5];
            double[] exact = new double[5];
            compact.probabilities(vector, fast);
            tribuo.probabilities(vector, exact);
            for (int l = 0; l < 5; l++) {
                assertThat(fast[l]).as("%s for %s", compact.labels()[l], row.description())
                        .isCloseTo(exact[l], within(1e-5));
            }
        }
    }

    private static List<LabelledTransaction> only(List<LabelledTransaction> rows) {
        return rows.stream().filter(r -> FIVE.contains(r.category())).toList();
    }
}
