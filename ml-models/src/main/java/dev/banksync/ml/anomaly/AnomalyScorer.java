package dev.banksync.ml.anomaly;

import dev.banksync.core.event.AlertEvent.AlertKind;

/**
 * Scores a user's payments with a learned {@link AnomalyModel} against that user's {@link PaymentHistory}, and
 * names the kind of anomaly the features point at, so that an alert can say what is unusual. Stateless; the
 * caller keeps one history per user and adds each payment to it after scoring.
 */
public final class AnomalyScorer {

    /** A payment's anomaly score, whether it passes the model's threshold, and the kind it most looks like. */
    public record Assessment(double score, boolean anomalous, AlertKind likelyKind) {
    }

    /** A rise at a known merchant reads as a price increase while the amount is still ordinary for its category. */
    private static final double ORDINARY_Z = 3;

    private final AnomalyModel model;

    public AnomalyScorer(AnomalyModel model) {
        this.model = model;
    }

    /** Judges an outflow against the history before it (the history is not changed). */
    public Assessment assess(Payment payment, PaymentHistory history) {
        double[] features = AnomalyFeatures.of(payment, history);
        double score = model.score(features);
        return new Assessment(score, model.isAnomalous(score), likelyKind(features));
    }

    /**
     * The most specific explanation the features give, checked from the least to the most common: the same charge
     * again, money spent in another currency, a first payment to a merchant, a known merchant charging more than
     * last time, else an unusual amount.
     */
    public static AlertKind likelyKind(double[] f) {
        if (f[AnomalyFeatures.SAME_CHARGE] > 0) {
            return AlertKind.DUPLICATE_CHARGE;
        }
        if (f[AnomalyFeatures.FOREIGN] > 0 || f[AnomalyFeatures.NEW_CURRENCY] > 0) {
            return AlertKind.UNUSUAL_CURRENCY_OR_COUNTRY;
        }
        if (f[AnomalyFeatures.NEW_MERCHANT] > 0) {
            return AlertKind.LARGE_FIRST_TIME_MERCHANT;
        }
        if (f[AnomalyFeatures.MERCHANT_LAST] > 0 && f[AnomalyFeatures.CATEGORY_Z] < ORDINARY_Z) {
            return AlertKind.SUBSCRIPTION_PRICE_INCREASE;
        }
        return AlertKind.UNUSUAL_AMOUNT;
    }

    public AnomalyModel model() {
        return model;
    }
}
