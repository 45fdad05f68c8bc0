package dev.banksync.ml.commands;

import dev.banksync.core.money.Money;
import dev.banksync.ml.categorise.Categoriser;
import dev.banksync.ml.categorise.CategoriserInput;
import dev.banksync.ml.categorise.Prediction;
import dev.banksync.ml.categorise.TribuoCategoriser;
import dev.banksync.ml.evaluate.CsvEvaluation;
import dev.banksync.ml.evaluate.EvaluationReport;
import dev.banksync.ml.merchant.KnownMerchant;
import dev.banksync.ml.merchant.MerchantNormaliser;
import dev.banksync.ml.registry.DefaultModels;
import dev.banksync.ml.registry.ModelFiles;
import dev.banksync.ml.registry.ModelRegistry;
import dev.banksync.ml.train.CategoriserTrainer;
import dev.banksync.ml.train.TrainerKind;
import dev.banksync.ml.train.TrainingData;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;

/**
 * The plain Java behind {@code banksync ml train | evaluate | predict}: the CLI parses flags and prints; the work is
 * here, callable from tests and jobs with {@code new}-free static calls.
 */
public final class MlCommands {

    /** What {@code --model} accepts besides a version: the registry's active model (or the shipped default). */
    public static final String ACTIVE = "active";

    private MlCommands() {
    }

    /**
     * Trains on {@code corpusDir} (train.csv + heldout.csv) with {@code trainer} (logistic, xgboost or auto),
     * reports on {@code independentCsv} too when given, and writes the chosen model to {@code modelFile} when
     * given. Registering it is the caller's choice: {@code new ModelRegistry(ds).register(report.chosen())}.
     */
    public static TrainingReport train(Path corpusDir, String trainer, Path independentCsv, Path modelFile) {
        TrainingData data = TrainingData.load(corpusDir, independentCsv);
        CategoriserTrainer.Outcome outcome = new CategoriserTrainer().train(data, TrainerKind.parse(trainer));
        if (modelFile != null) {
            ModelFiles.write(outcome.chosen(), modelFile);
        }
        List<TrainingReport.CandidateEvaluation> candidates = outcome.candidates().stream()
                .map(c -> new TrainingReport.CandidateEvaluation(c.model().card().trainer(), c.model().version(),
                        c.evaluations()))
                .toList();
        return new TrainingReport(outcome.chosen(), modelFile, candidates);
    }

    /** Evaluation on a labelled CSV; see {@link CsvEvaluation}. */
    public static EvaluationReport evaluate(Categoriser model, Path csv, String textCol, String labelCol,
                                            String amountCol, Path labelMap) {
        return CsvEvaluation.evaluate(csv, textCol, labelCol, amountCol, labelMap, model);
    }

    /**
     * Categorises one line. {@code amount} is a signed decimal in major units ("-5.75"); null counts as 0, which
     * the features read as money in, so pass it whenever it is known (direction is a strong signal).
     * {@code currency} defaults to USD.
     */
    public static PredictionResult predict(Categoriser model, String text, String amount, String currency) {
        String code = currency == null ? "USD" : currency;
        long minor = amount == null ? 0 : Money.of(new BigDecimal(amount.trim()), Money.currency(code)).minorUnits();
        Prediction p = model.predict(new CategoriserInput(text, minor, code, null, null));
        KnownMerchant known = MerchantNormaliser.shipped().normalise(text).known();
        String detailed = known != null && known.primary().equals(p.category()) ? known.detailed() : null;
        return new PredictionResult(p.category(), detailed, p.confidence(), p.uncertain(), p.merchant(),
                p.modelVersion());
    }

    /**
     * The categoriser for {@code --model}: {@value #ACTIVE} is the registry's active version, or the shipped
     * default when there is no registry or nothing is active yet; anything else is a registered version.
     */
    public static Categoriser categoriser(ModelRegistry registry, String model) {
        if (model == null || ACTIVE.equalsIgnoreCase(model)) {
            if (registry == null) {
                return DefaultModels.categoriser();
            }
            return registry.active().<Categoriser>map(TribuoCategoriser::new).orElseGet(DefaultModels::categoriser);
        }
        if (registry == null) {
            throw new IllegalArgumentException("model version '" + model + "' needs the registry (a database)");
        }
        return new TribuoCategoriser(registry.load(model).orElseThrow(
                () -> new IllegalArgumentException("no categoriser model version '" + model + "' is registered")));
    }
}
