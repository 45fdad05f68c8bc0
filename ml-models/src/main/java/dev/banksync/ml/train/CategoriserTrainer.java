package dev.banksync.ml.train;

import dev.banksync.ml.categorise.CategoriserModel;
import dev.banksync.ml.categorise.ModelCard;
import dev.banksync.ml.categorise.TribuoCategoriser;
import dev.banksync.ml.evaluate.EvaluationReport;
import dev.banksync.ml.evaluate.Evaluator;
import dev.banksync.ml.features.TransactionFeatures;
import dev.banksync.ml.merchant.MerchantNormaliser;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tribuo.Model;
import org.tribuo.MutableDataset;
import org.tribuo.classification.Label;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Trains categorisers with fixed seeds, evaluates each on the held-out sets, calibrates its uncertainty threshold
 * on the main held-out split, and — for {@link TrainerKind#AUTO} — keeps the one with the best held-out macro-F1
 * (macro, so that small categories such as bank fees weigh as much as groceries).
 */
public final class CategoriserTrainer {

    private static final Logger log = LoggerFactory.getLogger(CategoriserTrainer.class);
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
            .withZone(ZoneOffset.UTC);

    /** One trained model and its evaluations by set name. */
    public record Candidate(TrainerKind kind, CategoriserModel model, Map<String, EvaluationReport> evaluations) {
    }

    /** The chosen model and every candidate that competed. */
    public record Outcome(CategoriserModel chosen, List<Candidate> candidates) {
    }

    private final MerchantNormaliser normaliser;
    private final Clock clock;

    public CategoriserTrainer() {
        this(MerchantNormaliser.shipped(), Clock.systemUTC());
    }

    public CategoriserTrainer(MerchantNormaliser normaliser, Clock clock) {
        this.normaliser = normaliser;
        this.clock = clock;
    }

    public Outcome train(TrainingData data, TrainerKind kind) {
        return train(data, kind, 0);
    }

    /** {@code iterations} overrides epochs (logistic) or boosting rounds (XGBoost) when positive. */
    public Outcome train(TrainingData data, TrainerKind kind, int iterations) {
        String dataHash = DataHash.of(data.train());
        MutableDataset<Label> dataset = new TribuoExamples(new TransactionFeatures(normaliser))
                .dataset(data.train(), "corpus-" + dataHash.substring(0, 12));
        log.info("training on {} rows, {} features, {} categories", dataset.size(), dataset.getFeatureMap().size(),
                dataset.getOutputInfo().size());
        List<TrainerKind> kinds = kind == TrainerKind.AUTO ? List.of(TrainerKind.LOGISTIC, TrainerKind.XGBOOST)
                : List.of(kind);
        List<Candidate> candidates = new ArrayList<>();
        for (TrainerKind k : kinds) {
            candidates.add(trainOne(k, iterations > 0 ? iterations : k.defaultIterations(), dataset, data, dataHash));
        }
        Candidate best = candidates.stream().max(Comparator.comparingDouble(
                c -> c.evaluations().get(TrainingData.HELD_OUT).macroF1())).orElseThrow();
        return new Outcome(best.model(), candidates);
    }

    private Candidate trainOne(TrainerKind kind, int iterations, MutableDataset<Label> dataset, TrainingData data,
                               String dataHash) {
        long started = System.nanoTime();
        Model<Label> tribuo = kind.trainer(iterations).train(dataset);
        Instant createdAt = clock.instant();
        String trainer = kind.name().toLowerCase(java.util.Locale.ROOT) + "-" + iterations;
        String version = trainer + "-" + STAMP.format(createdAt) + "-" + dataHash.substring(0, 8);
        log.info("trained {} in {} s", version, (System.nanoTime() - started) / 1_000_000_000);
        ModelCard provisional = new ModelCard(version, trainer, dataHash, createdAt, ModelCard.FEATURES, 0.0, Map.of());
        CategoriserModel model = new CategoriserModel(provisional, tribuo);
        double threshold = UncertaintyCalibration.threshold(new TribuoCategoriser(model, normaliser), data.heldOut());
        model = model.withCard(new ModelCard(version, trainer, dataHash, createdAt, ModelCard.FEATURES, threshold,
                Map.of()));
        TribuoCategoriser calibrated = new TribuoCategoriser(model, normaliser);
        Map<String, EvaluationReport> evaluations = new LinkedHashMap<>();
        evaluations.put(TrainingData.HELD_OUT, Evaluator.evaluate(calibrated, data.heldOut(), TrainingData.HELD_OUT));
        data.reportOnly().forEach((name, rows) -> evaluations.put(name, Evaluator.evaluate(calibrated, rows, name)));
        Map<String, ModelCard.Metrics> metrics = new LinkedHashMap<>();
        evaluations.forEach((name, r) -> metrics.put(name, new ModelCard.Metrics(r.evaluated(), r.accuracy(),
                r.macroF1(), r.certainShare(), r.accuracyWhenCertain())));
        evaluations.forEach((name, r) -> log.info("{} on {}: accuracy {}, macro-F1 {}, certain {} at accuracy {}",
                version, name, r.accuracy(), r.macroF1(), r.certainShare(), r.accuracyWhenCertain()));
        model = model.withCard(new ModelCard(version, trainer, dataHash, createdAt, ModelCard.FEATURES, threshold,
                metrics));
        return new Candidate(kind, model, evaluations);
    }
}
