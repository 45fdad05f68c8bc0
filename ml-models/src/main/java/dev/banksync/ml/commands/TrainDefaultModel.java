package dev.banksync.ml.commands;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.banksync.ml.evaluate.EvaluationReport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The offline run that makes the model shipped in the jar: trains every trainer on the shipped corpus, keeps the
 * best by held-out macro-F1, writes it to the resources, and writes the comparison of all candidates on both
 * held-out sets to {@code ml-models/data/reports/default-model.json}. Run from the repository root:
 * {@code java -cp ... dev.banksync.ml.commands.TrainDefaultModel [trainer]} (default auto).
 */
public final class TrainDefaultModel {

    static final Path CORPUS = Path.of("ml-models/data/corpus");
    static final Path INDEPENDENT = Path.of("ml-models/data/independent/heldout.csv");
    static final Path MODEL = Path.of("ml-models/src/main/resources/dev/banksync/ml/model/default-categoriser.zip");
    static final Path REPORT = Path.of("ml-models/data/reports/default-model.json");

    private TrainDefaultModel() {
    }

    public static void main(String[] args) throws IOException {
        String trainer = args.length > 0 ? args[0] : "auto";
        TrainingReport report = MlCommands.train(CORPUS, trainer, INDEPENDENT, MODEL);
        List<Map<String, Object>> candidates = report.candidates().stream().map(TrainDefaultModel::summary).toList();
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("chosen", report.chosen().card());
        json.put("rule", "highest macro-F1 on the held-out split of the shipped corpus");
        json.put("candidates", candidates);
        Files.createDirectories(REPORT.getParent());
        try {
            new ObjectMapper().findAndRegisterModules().enable(SerializationFeature.INDENT_OUTPUT)
                    .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS).writeValue(REPORT.toFile(), json);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + REPORT, e);
        }
        System.out.println("chose " + report.chosen().version() + "; wrote " + MODEL + " (" + Files.size(MODEL)
                + " bytes) and " + REPORT);
    }

    private static Map<String, Object> summary(TrainingReport.CandidateEvaluation candidate) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("trainer", candidate.trainer());
        out.put("version", candidate.version());
        Map<String, Object> sets = new LinkedHashMap<>();
        for (Map.Entry<String, EvaluationReport> e : candidate.evaluations().entrySet()) {
            EvaluationReport r = e.getValue();
            Map<String, Object> figures = new LinkedHashMap<>();
            figures.put("rows", r.evaluated());
            figures.put("accuracy", r.accuracy());
            figures.put("macroF1", r.macroF1());
            figures.put("certainShare", r.certainShare());
            figures.put("accuracyWhenCertain", r.accuracyWhenCertain());
            figures.put("perCategory", r.perCategory());
            figures.put("confusion", r.confusion());
            sets.put(e.getKey(), figures);
        }
        out.put("evaluations", sets);
        return out;
    }
}
