package dev.banksync.ml.train;

import org.tribuo.Trainer;
import org.tribuo.classification.Label;
import org.tribuo.classification.sgd.linear.LinearSGDTrainer;
import org.tribuo.classification.sgd.objectives.LogMulticlass;
import org.tribuo.classification.xgboost.XGBoostClassificationTrainer;
import org.tribuo.common.xgboost.XGBoostTrainer;
import org.tribuo.math.optimisers.AdaGrad;

import java.util.Locale;

/**
 * The trainers a categoriser can come from, each with fixed hyper-parameters and seed so that the same data gives
 * the same model. {@link #AUTO} trains both and keeps the better by held-out macro-F1.
 */
public enum TrainerKind {
    /** Multinomial logistic regression by AdaGrad SGD: fast, sparse-friendly, probabilistic scores. */
    LOGISTIC,
    /** Gradient-boosted trees (XGBoost, one tree per class per round): the stronger non-linear alternative. */
    XGBOOST,
    /** Both; the better by held-out macro-F1. */
    AUTO;

    public static final long SEED = 20240501L;
    static final int LOGISTIC_EPOCHS = 8;
    static final int XGBOOST_ROUNDS = 60;

    public static TrainerKind parse(String name) {
        try {
            return valueOf(name.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown trainer '" + name + "' (expected logistic, xgboost or auto)", e);
        }
    }

    /** The Tribuo trainer of a concrete kind; {@code AUTO} has none of its own. */
    Trainer<Label> trainer(int epochsOrRounds) {
        return switch (this) {
            case LOGISTIC -> new LinearSGDTrainer(new LogMulticlass(), new AdaGrad(0.5, 0.1), epochsOrRounds,
                    Integer.MAX_VALUE, 1, SEED);
            case XGBOOST -> new XGBoostClassificationTrainer(XGBoostTrainer.BoosterType.GBTREE,
                    XGBoostTrainer.TreeMethod.HIST, epochsOrRounds, 0.3, 0.0, 8, 1.0, 1.0, 0.5, 1.0, 0.0, 2,
                    XGBoostTrainer.LoggingVerbosity.SILENT, SEED);
            case AUTO -> throw new IllegalStateException("AUTO trains the concrete kinds");
        };
    }

    int defaultIterations() {
        return this == XGBOOST ? XGBOOST_ROUNDS : LOGISTIC_EPOCHS;
    }
}
