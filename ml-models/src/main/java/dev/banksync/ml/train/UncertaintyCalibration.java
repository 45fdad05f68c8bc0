package dev.banksync.ml.train;

import dev.banksync.ml.categorise.Categoriser;
import dev.banksync.ml.categorise.Prediction;
import dev.banksync.ml.corpus.LabelledTransaction;

import java.util.Arrays;
import java.util.List;

/**
 * Picks the confidence under which answers are marked uncertain, on held-out rows: the lowest threshold at which
 * the answers kept (confidence at or above it) are still right at least {@value #TARGET_PRECISION} of the time.
 * A model whose held-out answers are all that good gets threshold 0; one that never is gets 1.
 *
 * <p>The target is strict on purpose: the held-out split comes from the same generator as the training rows, and
 * on statements written differently (the independent set) the same threshold keeps answers that are right less
 * often. Asking 99 % here leaves about nine in ten of the independent set's confident answers right.
 */
public final class UncertaintyCalibration {

    public static final double TARGET_PRECISION = 0.99;

    private UncertaintyCalibration() {
    }

    public static double threshold(Categoriser categoriser, List<LabelledTransaction> heldOut) {
        double[][] scored = new double[heldOut.size()][];
        for (int i = 0; i < heldOut.size(); i++) {
            LabelledTransaction row = heldOut.get(i);
            Prediction p = categoriser.predict(row.input());
            scored[i] = new double[] {p.confidence(), p.category().equals(row.category()) ? 1 : 0};
        }
        return threshold(scored, TARGET_PRECISION);
    }

    /** {@code scored[i] = {confidence, 1 if right else 0}}. */
    static double threshold(double[][] scored, double targetPrecision) {
        double[][] byConfidence = scored.clone();
        Arrays.sort(byConfidence, (a, b) -> Double.compare(b[0], a[0]));
        double correct = 0;
        double threshold = 1.0;
        for (int k = 0; k < byConfidence.length; k++) {
            correct += byConfidence[k][1];
            boolean lastOfTie = k + 1 == byConfidence.length || byConfidence[k + 1][0] < byConfidence[k][0];
            if (lastOfTie && correct / (k + 1) >= targetPrecision) {
                threshold = byConfidence[k][0];
            }
        }
        return byConfidence.length > 0 && correct / byConfidence.length >= targetPrecision ? 0.0 : threshold;
    }
}
