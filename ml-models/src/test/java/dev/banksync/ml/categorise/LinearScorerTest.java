package dev.banksync.ml.categorise;

import dev.banksync.ml.TestModels;
import dev.banksync.ml.corpus.LabelledTransaction;
import dev.banksync.ml.features.FeatureVector;
import dev.banksync.ml.features.TransactionFeatures;
import dev.banksync.ml.merchant.MerchantNormaliser;
import org.junit.jupiter.api.Test;
import org.tribuo.classification.Label;
import org.tribuo.classification.sgd.linear.LinearSGDModel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class LinearScorerTest {

    @Test
    void compactScorerGivesTribuosOwnProbabilities() {
        CategoriserModel model = TestModels.smallLogistic();
        LinearScorer compact = new LinearScorer((LinearSGDModel) model.tribuoModel());
        TribuoScorer tribuo = new TribuoScorer(model.tribuoModel());
        TransactionFeatures features = new TransactionFeatures(MerchantNormaliser.shipped());
        FeatureVector vector = new FeatureVector();
        String[] labels = compact.labels();
        assertThat(tribuo.labels()).containsExactly(labels);

        for (LabelledTransaction row : TestModels.smallData().heldOut().subList(0, 300)) {
            features.extract(row.input(), vector);
            double[] fast = new double[labels.length];
            double[] exact = new double[labels.length];
            compact.probabilities(vector, fast);
            tribuo.probabilities(vector, exact);
            for (int l = 0; l < labels.length; l++) {
                assertThat(fast[l]).as("%s for %s", labels[l], row.description()).isCloseTo(exact[l], within(1e-5));
            }
        }
    }

    @Test
    void categoriserAnswersTheMostProbableCategoryWithItsProbability() {
        CategoriserModel model = TestModels.smallLogistic();
        TribuoCategoriser categoriser = new TribuoCategoriser(model);
        LabelledTransaction row = TestModels.smallData().heldOut().get(0);

        Prediction prediction = categoriser.predict(row.input());
        FeatureVector vector = new FeatureVector();
        new TransactionFeatures(MerchantNormaliser.shipped()).extract(row.input(), vector);
        String[] names = new String[vector.size()];
        double[] values = new double[vector.size()];
        for (int i = 0; i < vector.size(); i++) {
            names[i] = dev.banksync.ml.features.FeatureNames.of(vector.index(i));
            values[i] = vector.value(i);
        }
        org.tribuo.Prediction<Label> tribuo = model.tribuoModel().predict(
                new org.tribuo.impl.ArrayExample<>(new Label(row.category()), names, values));

        assertThat(prediction.category()).isEqualTo(tribuo.getOutput().getLabel());
        assertThat(prediction.confidence()).isCloseTo(tribuo.getOutput().getScore(), within(1e-5));
        assertThat(prediction.uncertain()).isEqualTo(prediction.confidence() < model.card().uncertaintyThreshold());
        assertThat(prediction.modelVersion()).isEqualTo(model.version());
    }
}
