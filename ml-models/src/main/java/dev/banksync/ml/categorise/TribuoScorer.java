package dev.banksync.ml.categorise;

import dev.banksync.ml.features.FeatureNames;
import dev.banksync.ml.features.FeatureVector;
import org.tribuo.Model;
import org.tribuo.Prediction;
import org.tribuo.classification.Label;
import org.tribuo.impl.ArrayExample;

import java.util.Map;

/**
 * Scores through Tribuo's own {@code predict}, for models without a compact form (XGBoost). Slower than
 * {@link LinearScorer} — an example, a prediction and a map per call — but exact for any Tribuo classifier.
 */
final class TribuoScorer implements LabelScorer {

    private final Model<Label> model;
    private final String[] labels;

    TribuoScorer(Model<Label> model) {
        this.model = model;
        int count = model.getOutputIDInfo().size();
        labels = new String[count];
        for (int l = 0; l < count; l++) {
            labels[l] = model.getOutputIDInfo().getOutput(l).getLabel();
        }
    }

    @Override
    public String[] labels() {
        return labels.clone();
    }

    @Override
    public boolean needsCompactVector() {
        return true;
    }

    @Override
    public void probabilities(FeatureVector features, double[] out) {
        String[] names = new String[features.size()];
        double[] values = new double[features.size()];
        for (int i = 0; i < features.size(); i++) {
            names[i] = FeatureNames.of(features.index(i));
            values[i] = features.value(i);
        }
        Prediction<Label> prediction = model.predict(new ArrayExample<>(model.getOutputIDInfo().getOutput(0), names, values));
        Map<String, Label> scores = prediction.getOutputScores();
        double sum = 0;
        for (int l = 0; l < labels.length; l++) {
            Label scored = scores.get(labels[l]);
            out[l] = scored == null ? 0 : scored.getScore();
            sum += out[l];
        }
        if (!prediction.hasProbabilities()) {
            LinearScorer.softmax(out, labels.length);
        } else if (sum > 0) {
            for (int l = 0; l < labels.length; l++) {
                out[l] /= sum;
            }
        }
    }
}
