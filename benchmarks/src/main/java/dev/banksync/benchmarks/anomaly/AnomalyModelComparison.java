package dev.banksync.benchmarks.anomaly;

import dev.banksync.core.event.AlertEvent.AlertKind;
import dev.banksync.ml.anomaly.AnomalyModel;
import dev.banksync.ml.anomaly.AnomalyModelTrainer;
import dev.banksync.sandbox.ledger.AnomalyKind;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.ToDoubleFunction;

/**
 * Compares the learned anomaly model (one-class SVM, ml-models' {@code anomaly} package) with the stream job's
 * statistical detectors on the sandbox bank's ground truth. The model is trained on the ordinary payments of the
 * training seed's users, and its thresholds are chosen there: one for all payments and one per kind (the kind the
 * features point at), each the lowest score at which the model alone, or the union of model and detectors, is still
 * as precise as the detectors are. Then everything is scored on the users of another seed, which neither training
 * nor thresholds saw. Arguments: {@code [users] [train seed] [test seed] [nu] [gamma]} (default 200 42 7 and the
 * trainer's defaults).
 */
public final class AnomalyModelComparison {

    private AnomalyModelComparison() {
    }

    public static void main(String[] args) {
        int users = args.length > 0 ? Integer.parseInt(args[0]) : 200;
        long trainSeed = args.length > 1 ? Long.parseLong(args[1]) : 42;
        long testSeed = args.length > 2 ? Long.parseLong(args[2]) : 7;
        AnomalyModelTrainer defaults = AnomalyModelTrainer.defaults();
        AnomalyModelTrainer trainer = new AnomalyModelTrainer(
                args.length > 3 ? Double.parseDouble(args[3]) : defaults.nu(),
                args.length > 4 ? Double.parseDouble(args[4]) : defaults.gamma(), defaults.maxRows(), defaults.seed());

        List<SandboxPayment> train = SandboxPayments.replay(users, trainSeed);
        List<SandboxPayment> test = SandboxPayments.replay(users, testSeed);
        long started = System.nanoTime();
        AnomalyModel model = trainer.train(train.stream()
                .filter(p -> p.isScored() && p.planted() == null).map(SandboxPayment::features).toList());
        System.out.printf(Locale.ROOT, "%d users per seed; trained %s on seed %d's ordinary payments in %.1f s%n",
                users, model.version(), trainSeed, (System.nanoTime() - started) / 1e9);

        ScoredReplay fitted = ScoredReplay.of(train, model);
        ScoredReplay heldOut = ScoredReplay.of(test, model);
        double target = fitted.detectors(null).precision();
        double aloneAll = fitted.thresholdFor(null, target, false);
        double unionAll = fitted.thresholdFor(null, target, true);
        Map<AlertKind, Double> alonePerKind = new EnumMap<>(AlertKind.class);
        Map<AlertKind, Double> unionPerKind = new EnumMap<>(AlertKind.class);
        for (AlertKind kind : ScoredReplay.PLANTED.keySet()) {
            double kindTarget = fitted.detectors(kind).precision();
            alonePerKind.put(kind, fitted.thresholdFor(kind, kindTarget, false));
            unionPerKind.put(kind, fitted.thresholdFor(kind, kindTarget, true));
        }
        System.out.printf(Locale.ROOT, "thresholds from seed %d, where the detectors are %.3f precise: model alone %s,"
                + " union %s; per kind (alone / union): %s%n", trainSeed, target, score(aloneAll), score(unionAll),
                perKind(alonePerKind, unionPerKind));
        for (ScoredReplay replay : List.of(fitted, heldOut)) {
            String which = replay == fitted ? "seed " + trainSeed + " (training and thresholds)"
                    : "seed " + testSeed + " (held out)";
            System.out.printf(Locale.ROOT, "%n### %s, one threshold: found / precision / recall%n%n", which);
            print(replay, k -> aloneAll, k -> unionAll);
            System.out.printf(Locale.ROOT, "%n### %s, a threshold per kind: found / precision / recall%n%n", which);
            print(replay, alonePerKind::get, unionPerKind::get);
        }
    }

    private static void print(ScoredReplay replay, ToDoubleFunction<AlertKind> alone,
                              ToDoubleFunction<AlertKind> union) {
        System.out.println("| planted kind | planted | detectors | model alone | detectors ∪ model |");
        System.out.println("|---|---:|---|---|---|");
        for (Map.Entry<AlertKind, AnomalyKind> e : ScoredReplay.PLANTED.entrySet()) {
            AlertKind kind = e.getKey();
            Confusion stats = replay.detectors(kind);
            System.out.printf(Locale.ROOT, "| %s | %d | %s | %s | %s |%n", e.getValue(), stats.planted(), stats.cell(),
                    replay.confusion(kind, true, alone.applyAsDouble(kind)).cell(),
                    replay.confusion(kind, false, union.applyAsDouble(kind)).cell());
        }
        Confusion stats = replay.detectors(null);
        System.out.printf(Locale.ROOT, "| all kinds | %d | %s | %s | %s |%n", stats.planted(), stats.cell(),
                replay.confusionOfAll(true, alone).cell(), replay.confusionOfAll(false, union).cell());
    }

    private static String score(double threshold) {
        return Double.isInfinite(threshold) ? "none reaches it" : String.format(Locale.ROOT, "%.3f", threshold);
    }

    private static String perKind(Map<AlertKind, Double> alone, Map<AlertKind, Double> union) {
        StringBuilder out = new StringBuilder();
        alone.forEach((kind, t) -> out.append(out.isEmpty() ? "" : ", ").append(kind).append(' ').append(score(t))
                .append(" / ").append(score(union.get(kind))));
        return out.toString();
    }
}
