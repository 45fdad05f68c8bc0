package dev.banksync.ml.anomaly;

import org.tribuo.Model;
import org.tribuo.anomaly.AnomalyFactory;
import org.tribuo.anomaly.Event;
import org.tribuo.impl.ArrayExample;

/**
 * A trained one-class SVM over {@link AnomalyFeatures} with the scaling it was trained on and the score from which
 * a payment is anomalous. The score is the negated SVM decision value: above 0 lies outside what the model learnt
 * as normal, and the higher the further. Thread-safe (Tribuo's libsvm models predict without shared state).
 */
public final class AnomalyModel {

    private static final String[] NAMES = AnomalyFeatures.NAMES.toArray(String[]::new);

    private final Model<Event> svm;
    private final FeatureScaling scaling;
    private final double threshold;
    private final String version;

    AnomalyModel(Model<Event> svm, FeatureScaling scaling, double threshold, String version) {
        this.svm = svm;
        this.scaling = scaling;
        this.threshold = threshold;
        this.version = version;
    }

    /** How anomalous a payment's features are: higher is more unusual. */
    public double score(double[] features) {
        ArrayExample<Event> example = new ArrayExample<>(AnomalyFactory.UNKNOWN_EVENT, NAMES, scaling.apply(features));
        return -svm.predict(example).getOutput().getScore();
    }

    public boolean isAnomalous(double score) {
        return score >= threshold;
    }

    public double threshold() {
        return threshold;
    }

    /** The same model judging from another score on (thresholds are chosen after training, on labelled data). */
    public AnomalyModel withThreshold(double newThreshold) {
        return new AnomalyModel(svm, scaling, newThreshold, version);
    }

    public String version() {
        return version;
    }

    Model<Event> svm() {
        return svm;
    }

    FeatureScaling scaling() {
        return scaling;
    }
}
