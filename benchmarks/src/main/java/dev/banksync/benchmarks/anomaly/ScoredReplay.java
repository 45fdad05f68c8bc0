package dev.banksync.benchmarks.anomaly;

import dev.banksync.core.event.AlertEvent.AlertKind;
import dev.banksync.ml.anomaly.AnomalyModel;
import dev.banksync.ml.anomaly.AnomalyScorer;
import dev.banksync.sandbox.ledger.AnomalyKind;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.ToDoubleFunction;

/**
 * A replay with the learned model's score and likely kind for each outflow, counted against the planted anomalies
 * alone or joined with the detectors. A kind of null means every kind at once.
 */
record ScoredReplay(List<SandboxPayment> payments, double[] scores, AlertKind[] kinds) {

    /** What the sandbox planted, by the stream alert kind that looks for it (velocity bursts have no truth). */
    static final Map<AlertKind, AnomalyKind> PLANTED = new EnumMap<>(Map.of(
            AlertKind.UNUSUAL_AMOUNT, AnomalyKind.LARGE_AMOUNT,
            AlertKind.DUPLICATE_CHARGE, AnomalyKind.DUPLICATE_CHARGE,
            AlertKind.LARGE_FIRST_TIME_MERCHANT, AnomalyKind.NEW_MERCHANT_LARGE,
            AlertKind.SUBSCRIPTION_PRICE_INCREASE, AnomalyKind.PRICE_HIKE,
            AlertKind.UNUSUAL_CURRENCY_OR_COUNTRY, AnomalyKind.FOREIGN_CURRENCY));

    static ScoredReplay of(List<SandboxPayment> payments, AnomalyModel model) {
        double[] scores = new double[payments.size()];
        AlertKind[] kinds = new AlertKind[payments.size()];
        for (int i = 0; i < payments.size(); i++) {
            SandboxPayment p = payments.get(i);
            scores[i] = p.isScored() ? model.score(p.features()) : Double.NEGATIVE_INFINITY;
            kinds[i] = p.isScored() ? AnomalyScorer.likelyKind(p.features()) : null;
        }
        return new ScoredReplay(payments, scores, kinds);
    }

    /** The detectors' alerts of {@code kind} alone. */
    Confusion detectors(AlertKind kind) {
        return confusion(kind, false, Double.POSITIVE_INFINITY);
    }

    /** The detectors' alerts of {@code kind}, joined with (or, alone, only) the model's at {@code threshold}. */
    Confusion confusion(AlertKind kind, boolean modelAlone, double threshold) {
        return count(kind, i -> byModel(i, kind, threshold), modelAlone);
    }

    /** Every kind, the model's flags each judged at the threshold of the kind it points at. */
    Confusion confusionOfAll(boolean modelAlone, ToDoubleFunction<AlertKind> threshold) {
        return count(null, i -> kinds[i] != null && scores[i] >= threshold.applyAsDouble(kinds[i]), modelAlone);
    }

    /**
     * The lowest score from which the model (alone, or joined with the detectors) is still at least
     * {@code precision} precise on {@code kind}: the most recall at that precision. Infinity when none is.
     */
    double thresholdFor(AlertKind kind, double precision, boolean withDetectors) {
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < payments.size(); i++) {
            if (byModel(i, kind, Double.NEGATIVE_INFINITY)) {
                order.add(i);
            }
        }
        order.sort(Comparator.comparingDouble((Integer i) -> -scores[i]));
        Confusion start = withDetectors ? detectors(kind) : new Confusion(0, 0, 0);
        int tp = start.truePositives();
        int fp = start.falsePositives();
        double best = Double.POSITIVE_INFINITY;
        for (int i : order) {
            if (!(withDetectors && byDetectors(i, kind))) {
                tp += planted(i, kind) ? 1 : 0;
                fp += planted(i, kind) ? 0 : 1;
            }
            if ((double) tp / (tp + fp) >= precision) {
                best = scores[i];
            }
        }
        return best;
    }

    private Confusion count(AlertKind kind, java.util.function.IntPredicate model, boolean modelAlone) {
        int tp = 0;
        int fp = 0;
        int planted = 0;
        for (int i = 0; i < payments.size(); i++) {
            boolean truth = planted(i, kind);
            planted += truth ? 1 : 0;
            if (model.test(i) || !modelAlone && byDetectors(i, kind)) {
                tp += truth ? 1 : 0;
                fp += truth ? 0 : 1;
            }
        }
        return new Confusion(tp, fp, planted);
    }

    private boolean byModel(int i, AlertKind kind, double threshold) {
        return kinds[i] != null && (kind == null || kinds[i] == kind) && scores[i] >= threshold;
    }

    private boolean byDetectors(int i, AlertKind kind) {
        Set<AlertKind> raised = payments.get(i).statisticalKinds();
        return kind == null ? !raised.isEmpty() : raised.contains(kind);
    }

    private boolean planted(int i, AlertKind kind) {
        AnomalyKind planted = payments.get(i).planted();
        return kind == null ? planted != null : planted == PLANTED.get(kind);
    }
}
