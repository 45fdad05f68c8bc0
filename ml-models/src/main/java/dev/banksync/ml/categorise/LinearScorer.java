package dev.banksync.ml.categorise;

import dev.banksync.ml.features.FeatureNames;
import dev.banksync.ml.features.FeatureVector;
import dev.banksync.ml.features.TransactionFeatures;
import org.tribuo.VariableIDInfo;
import org.tribuo.classification.Label;
import org.tribuo.classification.sgd.linear.LinearSGDModel;
import org.tribuo.math.la.DenseMatrix;


/**
 * The weights of a Tribuo logistic-regression model laid out for scoring straight from hashed indices.
 *
 * <p>Why not {@code model.predict}: Tribuo's path builds an {@code Example} of named features, looks every name up
 * in the model's feature map, builds a sparse vector, multiplies, and returns a {@code Prediction} with a map of
 * {@code Label} objects — a few dozen allocations and hash lookups per call, several microseconds. Here a feature's
 * row is one array read ({@code rowOf[hashedIndex]}), the weights of all categories of a feature sit next to each
 * other, and the only allocation-free work left is a dot product and a softmax. The test
 * {@code LinearScorerTest} holds it to Tribuo's own probabilities.
 */
final class LinearScorer implements LabelScorer {

    private final String[] labels;
    /**
     * Row of each hashed index in {@link #weights} plus one, or 0 for indices the model never saw: a char (rows
     * stay under 65 535) so that the table is half a megabyte and mostly stays in cache.
     */
    private final char[] rowOf;
    /** {@code weights[row * labels + label]}. */
    private final float[] weights;
    private final double[] bias;

    LinearScorer(LinearSGDModel model) {
        DenseMatrix matrix = model.getWeightsCopy();
        int labelCount = matrix.getDimension1Size();
        int featureCount = model.getFeatureIDMap().size();
        if (matrix.getDimension2Size() != featureCount + 1) {
            throw new IllegalStateException("expected " + (featureCount + 1) + " weight columns (features and bias), got "
                    + matrix.getDimension2Size());
        }
        labels = new String[labelCount];
        for (int l = 0; l < labelCount; l++) {
            Label label = model.getOutputIDInfo().getOutput(l);
            labels[l] = label.getLabel();
        }
        if (featureCount >= Character.MAX_VALUE) {
            throw new IllegalStateException("a compact scorer holds at most 65 534 features, the model has "
                    + featureCount);
        }
        rowOf = new char[TransactionFeatures.DIMENSION];
        weights = new float[featureCount * labelCount];
        for (int row = 0; row < featureCount; row++) {
            VariableIDInfo info = model.getFeatureIDMap().get(row);
            rowOf[FeatureNames.indexOf(info.getName())] = (char) (row + 1);
            for (int l = 0; l < labelCount; l++) {
                weights[row * labelCount + l] = (float) matrix.get(l, row);
            }
        }
        bias = new double[labelCount];
        for (int l = 0; l < labelCount; l++) {
            bias[l] = matrix.get(l, featureCount);
        }
    }

    @Override
    public String[] labels() {
        return labels.clone();
    }

    @Override
    public boolean needsCompactVector() {
        return false;
    }

    @Override
    public void probabilities(FeatureVector features, double[] out) {
        int labelCount = labels.length;
        int first = 0;
        for (; first + LABEL_BLOCK <= labelCount; first += LABEL_BLOCK) {
            scoreBlockOfFour(features, first, out);
        }
        for (; first < labelCount; first++) {
            scoreOne(features, first, out);
        }
        softmax(out, labelCount);
    }

    /**
     * Scores labels {@code first .. first+3} in four local sums, one pass over the features. Summing into
     * {@code out[]} label by label made every addition a store and a reload; locals stay in registers, which
     * halves the scoring time. Each sum still adds the features in the vector's order, so the results are the
     * same to the last bit.
     */
    private void scoreBlockOfFour(FeatureVector features, int first, double[] out) {
        int labelCount = labels.length;
        double s0 = bias[first];
        double s1 = bias[first + 1];
        double s2 = bias[first + 2];
        double s3 = bias[first + 3];
        for (int i = 0; i < features.size(); i++) {
            int row = rowOf[features.index(i)] - 1;
            if (row >= 0) {
                double value = features.value(i);
                int at = row * labelCount + first;
                s0 += value * weights[at];
                s1 += value * weights[at + 1];
                s2 += value * weights[at + 2];
                s3 += value * weights[at + 3];
            }
        }
        out[first] = s0;
        out[first + 1] = s1;
        out[first + 2] = s2;
        out[first + 3] = s3;
    }

    private void scoreOne(FeatureVector features, int label, double[] out) {
        double sum = bias[label];
        for (int i = 0; i < features.size(); i++) {
            int row = rowOf[features.index(i)] - 1;
            if (row >= 0) {
                sum += features.value(i) * weights[row * labels.length + label];
            }
        }
        out[label] = sum;
    }

    /** In place; classes more than {@value #NEGLIGIBLE} below the best get probability 0 without an exp(). */
    static void softmax(double[] scores, int n) {
        double max = Double.NEGATIVE_INFINITY;
        for (int l = 0; l < n; l++) {
            max = Math.max(max, scores[l]);
        }
        double sum = 0;
        for (int l = 0; l < n; l++) {
            double d = scores[l] - max;
            scores[l] = d < NEGLIGIBLE ? 0 : Math.exp(d);
            sum += scores[l];
        }
        for (int l = 0; l < n; l++) {
            scores[l] /= sum;
        }
    }

    private static final int LABEL_BLOCK = 4;

    /** exp(-30) is 1e-13 of the best class: below anything a probability here is compared at. */
    private static final double NEGLIGIBLE = -30;
}
