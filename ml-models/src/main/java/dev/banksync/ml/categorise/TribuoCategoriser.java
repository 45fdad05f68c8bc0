package dev.banksync.ml.categorise;

import dev.banksync.ml.features.FeatureVector;
import dev.banksync.ml.features.TransactionFeatures;
import dev.banksync.ml.merchant.MerchantNormaliser;
import dev.banksync.ml.merchant.NormalisedDescription;
import org.tribuo.classification.sgd.linear.LinearSGDModel;

/**
 * The trained categoriser: normalises the description, extracts the shared features, scores them, and answers the
 * most probable PFC primary with its probability, marked uncertain under the model's calibrated threshold, plus
 * the clean merchant name. Logistic-regression models score through {@link LinearScorer} (no Tribuo objects per
 * call); others through Tribuo's {@code predict}. Thread-safe: each thread reuses its own feature vector.
 */
public final class TribuoCategoriser implements Categoriser {

    private final CategoriserModel model;
    private final TransactionFeatures features;
    private final LabelScorer scorer;
    private final String[] labels;
    private final ThreadLocal<Workspace> workspace;

    public TribuoCategoriser(CategoriserModel model) {
        this(model, MerchantNormaliser.shipped());
    }

    public TribuoCategoriser(CategoriserModel model, MerchantNormaliser normaliser) {
        this.model = model;
        this.features = new TransactionFeatures(normaliser);
        this.scorer = model.tribuoModel() instanceof LinearSGDModel linear
                ? new LinearScorer(linear) : new TribuoScorer(model.tribuoModel());
        this.labels = scorer.labels();
        this.workspace = ThreadLocal.withInitial(() -> new Workspace(labels.length));
    }

    @Override
    public Prediction predict(CategoriserInput input) {
        Workspace w = workspace.get();
        NormalisedDescription text = scorer.needsCompactVector() ? features.extract(input, w.vector)
                : features.extractUncompacted(input, w.vector);
        scorer.probabilities(w.vector, w.scores);
        int best = 0;
        for (int l = 1; l < labels.length; l++) {
            if (w.scores[l] > w.scores[best]) {
                best = l;
            }
        }
        double confidence = w.scores[best];
        return new Prediction(labels[best], confidence, confidence < model.card().uncertaintyThreshold(),
                text.merchantName(), model.version());
    }

    @Override
    public String version() {
        return model.version();
    }

    public CategoriserModel model() {
        return model;
    }

    private static final class Workspace {
        final FeatureVector vector = new FeatureVector();
        final double[] scores;

        Workspace(int labels) {
            scores = new double[labels];
        }
    }
}
