package dev.banksync.app.ml;

import dev.banksync.app.cli.DbOptions;
import dev.banksync.app.cli.JsonOutput;
import dev.banksync.core.db.SimpleDataSources;
import dev.banksync.core.money.Money;
import dev.banksync.ml.categorise.Categoriser;
import dev.banksync.ml.commands.MlCommands;
import dev.banksync.ml.commands.PredictionResult;
import dev.banksync.ml.commands.TrainingReport;
import dev.banksync.ml.evaluate.EvaluationReport;
import dev.banksync.ml.registry.ModelRegistry;
import dev.banksync.ml.registry.RegisteredModel;
import dev.banksync.ml.train.TrainerKind;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code banksync ml train|evaluate|predict}: the transaction categoriser (ml-models' MlCommands does the work). */
@Command(name = "ml", mixinStandardHelpOptions = true, description = "Train, evaluate and try the categoriser.")
public final class MlCommand {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Mixin
    DbOptions db;

    @Option(names = "--json", scope = CommandLine.ScopeType.INHERIT, description = "print the result as JSON")
    boolean json;

    @Command(name = "predict", mixinStandardHelpOptions = true, description = "Categorise one statement line.")
    int predict(@Parameters(index = "0", paramLabel = "TEXT", description = "raw statement description") String text,
                @Option(names = "--amount", converter = DecimalAmount.class,
                        description = "signed amount in major units, money out negative, e.g. -5.75")
                String amount,
                @Option(names = "--currency", defaultValue = "USD", converter = CurrencyCode.class,
                        description = "ISO-4217 (default: ${DEFAULT-VALUE})")
                String currency,
                @Option(names = "--model", defaultValue = MlCommands.ACTIVE, description = "active or a version")
                String model) {
        Categoriser categoriser = categoriser(model);
        PredictionResult p;
        try {
            p = MlCommands.predict(categoriser, text, amount, currency);
        } catch (IllegalArgumentException e) { // e.g. more decimals than the currency has: still bad usage
            throw new CommandLine.ParameterException(spec.commandLine(), "--amount: " + e.getMessage());
        }
        if (json) {
            JsonOutput.print(spec.commandLine().getOut(), p);
        } else {
            spec.commandLine().getOut().printf("%s%s  confidence %.2f%s  merchant %s  (model %s)%n", p.category(),
                    p.detailed() != null ? " / " + p.detailed() : "", p.confidence(), p.uncertain() ? " UNCERTAIN" : "",
                    p.merchant(), p.modelVersion());
        }
        return 0;
    }

    @Command(name = "evaluate", mixinStandardHelpOptions = true,
            description = "Accuracy, macro-F1, per-category precision/recall and confusion on a labelled CSV.")
    int evaluate(@Option(names = "--model", defaultValue = MlCommands.ACTIVE, description = "active or a version") String model,
                 @Option(names = "--data", required = true, description = "labelled CSV file") Path data,
                 @Option(names = "--text-column", required = true) String textColumn,
                 @Option(names = "--label-column", required = true) String labelColumn,
                 @Option(names = "--amount-column") String amountColumn,
                 @Option(names = "--label-map", description = "CSV mapping your labels to ours (source,target)") Path labelMap) {
        EvaluationReport r = MlCommands.evaluate(categoriser(model), data, textColumn, labelColumn, amountColumn, labelMap);
        var out = spec.commandLine().getOut();
        if (json) {
            out.println(r.toJson());
            return 0;
        }
        out.printf("model %s on %s: %d rows, %d evaluated%naccuracy %.4f  macro-F1 %.4f  (certain on %.1f%%, accuracy "
                        + "there %.4f)%n", r.model(), r.data(), r.rows(), r.evaluated(), r.accuracy(), r.macroF1(),
                100 * r.certainShare(), r.accuracyWhenCertain());
        out.printf("%-26s %8s %9s %7s %7s%n", "category", "support", "precision", "recall", "f1");
        r.perCategory().forEach((c, s) -> out.printf("%-26s %8d %9.3f %7.3f %7.3f%n", c, s.support(), s.precision(),
                s.recall(), s.f1()));
        if (!r.excludedLabels().isEmpty()) {
            out.println("excluded (unmapped) labels: " + r.excludedLabels());
        }
        printConfusion(out, r.confusion());
        return 0;
    }

    /**
     * The confusion matrix, true categories down and predicted across; columns are numbered to stay narrow, the
     * rows name their number. {@code --json} has it keyed by name.
     */
    private static void printConfusion(java.io.PrintWriter out, Map<String, Map<String, Long>> confusion) {
        java.util.SortedSet<String> labels = new java.util.TreeSet<>(confusion.keySet());
        confusion.values().forEach(row -> labels.addAll(row.keySet()));
        List<String> order = new java.util.ArrayList<>(labels);
        out.println("confusion matrix (rows: true category, columns: predicted, by number):");
        StringBuilder header = new StringBuilder(String.format("%-30s", ""));
        for (int c = 0; c < order.size(); c++) {
            header.append(String.format("%6d", c + 1));
        }
        out.println(header);
        for (int r = 0; r < order.size(); r++) {
            Map<String, Long> row = confusion.getOrDefault(order.get(r), Map.of());
            if (row.isEmpty()) {
                continue; // predicted but never a true label
            }
            StringBuilder line = new StringBuilder(String.format("%2d %-27s", r + 1, order.get(r)));
            for (String predicted : order) {
                long n = row.getOrDefault(predicted, 0L);
                line.append(n == 0 ? String.format("%6s", ".") : String.format("%6d", n));
            }
            out.println(line);
        }
    }

    @Command(name = "train", mixinStandardHelpOptions = true,
            description = "Train a new model version on a corpus (train.csv + heldout.csv) and evaluate it.")
    int train(@Option(names = "--data", defaultValue = "ml-models/data/corpus",
            description = "corpus directory (default: ${DEFAULT-VALUE})") Path data,
              @Option(names = "--trainer", defaultValue = "auto", converter = TrainerName.class,
                      description = "logistic, xgboost or auto (default: ${DEFAULT-VALUE})")
              String trainer,
              @Option(names = "--independent", description = "a second held-out CSV from another source") Path independent,
              @Option(names = "--out", description = "write the model file here") Path out,
              @Option(names = "--register", description = "register the model in the database and make it active")
              boolean register) {
        TrainingReport report = MlCommands.train(data, trainer, independent, out);
        RegisteredModel registered = null;
        if (register) {
            ModelRegistry registry = new ModelRegistry(SimpleDataSources.of(db.settings()));
            registered = registry.register(report.chosen());
            registry.activate(registered.version());
        }
        var o = spec.commandLine().getOut();
        if (json) {
            JsonOutput.print(o, Map.of("chosen", report.chosen().version(), "candidates", report.candidates(),
                    "registered", registered != null));
        } else {
            report.candidates().forEach(c -> c.evaluations().forEach((set, e) -> o.printf(
                    "%-10s %-28s %-12s accuracy %.4f  macro-F1 %.4f%n", c.trainer(), c.version(), set, e.accuracy(),
                    e.macroF1())));
            o.printf("chosen: %s%s%n", report.chosen().version(), registered != null ? " (registered, active)" : "");
        }
        return 0;
    }

    /** "active" reads the registry when a database answers, else the shipped default model (and says so). */
    private Categoriser categoriser(String model) {
        var settings = db.settings();
        try (Connection ignored = SimpleDataSources.of(settings).getConnection()) {
            return MlCommands.categoriser(new ModelRegistry(SimpleDataSources.of(settings)), model);
        } catch (SQLException e) {
            if (!MlCommands.ACTIVE.equalsIgnoreCase(model)) {
                throw new IllegalStateException("model version " + model + " needs the registry at " + settings.url(), e);
            }
            spec.commandLine().getErr().println("no model registry reachable at " + settings.url()
                    + ": using the shipped default model");
            return MlCommands.categoriser(null, model);
        }
    }

    /** {@code --trainer}: a name {@link TrainerKind} knows, else bad usage (exit 2) naming the choices. */
    static final class TrainerName implements CommandLine.ITypeConverter<String> {
        @Override
        public String convert(String value) {
            try {
                TrainerKind.parse(value);
                return value;
            } catch (IllegalArgumentException e) {
                throw new CommandLine.TypeConversionException(e.getMessage());
            }
        }
    }

    /** {@code --currency}: an ISO-4217 code, else bad usage (exit 2). */
    static final class CurrencyCode implements CommandLine.ITypeConverter<String> {
        @Override
        public String convert(String value) {
            try {
                return Money.currency(value).getCurrencyCode();
            } catch (IllegalArgumentException e) {
                throw new CommandLine.TypeConversionException(e.getMessage());
            }
        }
    }

    /** {@code --amount}: a decimal number, else bad usage (exit 2). */
    static final class DecimalAmount implements CommandLine.ITypeConverter<String> {
        @Override
        public String convert(String value) {
            try {
                return new BigDecimal(value.trim()).toPlainString();
            } catch (NumberFormatException e) {
                throw new CommandLine.TypeConversionException(
                        "'" + value + "' is not an amount: a signed decimal in major units, e.g. -5.75");
            }
        }
    }
}
