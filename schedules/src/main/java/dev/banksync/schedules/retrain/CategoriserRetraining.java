package dev.banksync.schedules.retrain;

import dev.banksync.ml.categorise.Categoriser;
import dev.banksync.ml.categorise.CategoriserModel;
import dev.banksync.ml.categorise.TribuoCategoriser;
import dev.banksync.ml.corpus.LabelledTransaction;
import dev.banksync.ml.evaluate.Evaluator;
import dev.banksync.ml.registry.DefaultModels;
import dev.banksync.ml.registry.ModelRegistry;
import dev.banksync.ml.train.CategoriserTrainer;
import dev.banksync.ml.train.TrainerKind;
import dev.banksync.ml.train.TrainingData;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The nightly retraining: the shipped corpus plus the corrections many users agree on, trained with the logistic
 * trainer, registered with its provenance, and activated only if it is not worse on the held-out set than the
 * model in use. Users' own histories are untouched: their personal corrections keep applying on top of whichever
 * global model is active.
 */
public final class CategoriserRetraining {

    private static final Logger log = LoggerFactory.getLogger(CategoriserRetraining.class);

    private final Path corpusDir;
    private final CorrectionsReader corrections;
    private final CorrectionsFolding folding;
    private final CategoriserTrainer trainer;
    private final int iterations;
    private final ModelRegistry registry;
    private final ActivationPolicy policy;

    /** {@code iterations} overrides the logistic trainer's epochs when positive (0: its default). */
    public CategoriserRetraining(Path corpusDir, CorrectionsReader corrections, CorrectionsFolding folding,
                                 CategoriserTrainer trainer, int iterations, ModelRegistry registry,
                                 ActivationPolicy policy) {
        this.corpusDir = corpusDir;
        this.corrections = corrections;
        this.folding = folding;
        this.trainer = trainer;
        this.iterations = iterations;
        this.registry = registry;
        this.policy = policy;
    }

    public RetrainOutcome run() {
        TrainingData corpus = TrainingData.load(corpusDir, null);
        FoldedCorrections folded = folding.fold(corrections.readAll());
        folded.notFolded().forEach(v -> log.info("correction of merchant '{}' not folded: {}", v.merchantKey(),
                v.reason()));
        log.info("folding {} correction rows of {} merchants into {} corpus rows ({} merchants left out, {} "
                        + "corrections name no merchant)", folded.examples().size(), folded.folded().size(),
                corpus.train().size(), folded.notFolded().size(), folded.unkeyed());
        List<LabelledTransaction> train = new ArrayList<>(corpus.train());
        train.addAll(folded.examples());
        TrainingData data = new TrainingData(train, corpus.heldOut(), corpus.reportOnly());

        CategoriserModel candidate = trainer.train(data, TrainerKind.LOGISTIC, iterations).chosen();
        double candidateF1 = candidate.card().metrics().get(TrainingData.HELD_OUT).macroF1();
        Optional<CategoriserModel> active = registry.active();
        Categoriser baseline = active.<Categoriser>map(TribuoCategoriser::new).orElseGet(DefaultModels::categoriser);
        String baselineVersion = active.map(CategoriserModel::version).orElse("shipped default");
        // measured now on the same rows: the active model's card may hold figures of another held-out set
        double baselineF1 = Evaluator.evaluate(baseline, data.heldOut(), TrainingData.HELD_OUT).macroF1();

        registry.register(candidate);
        boolean activate = policy.activates(candidateF1, baselineF1);
        String reason = policy.explain(candidateF1, baselineF1);
        if (activate) {
            registry.activate(candidate.version());
            log.info("categoriser {} registered and activated, replacing {}: {}", candidate.version(),
                    baselineVersion, reason);
        } else {
            log.warn("categoriser {} registered but NOT activated, {} stays: {}", candidate.version(),
                    baselineVersion, reason);
        }
        return new RetrainOutcome(candidate.version(), activate, candidateF1, baselineVersion, baselineF1,
                folded.examples().size(), folded.folded().size(), reason);
    }
}
