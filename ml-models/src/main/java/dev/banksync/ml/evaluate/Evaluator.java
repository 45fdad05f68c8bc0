package dev.banksync.ml.evaluate;

import dev.banksync.ml.categorise.Categoriser;
import dev.banksync.ml.categorise.CategoriserInput;
import dev.banksync.ml.categorise.Prediction;
import dev.banksync.ml.corpus.LabelledTransaction;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Accumulates a categoriser's answers against true labels and turns them into an {@link EvaluationReport}.
 * Plain counting: the same figures whatever model (Tribuo or rules) made the predictions.
 */
public final class Evaluator {

    private final Categoriser categoriser;
    private final Map<String, Map<String, Long>> confusion = new TreeMap<>();
    private final Map<String, Long> excluded = new TreeMap<>();
    private long rows;
    private long certain;
    private long certainCorrect;

    public Evaluator(Categoriser categoriser) {
        this.categoriser = categoriser;
    }

    /** Scores the whole list of corpus rows. */
    public static EvaluationReport evaluate(Categoriser categoriser, List<LabelledTransaction> rows, String dataName) {
        Evaluator evaluator = new Evaluator(categoriser);
        for (LabelledTransaction row : rows) {
            evaluator.add(row.input(), row.category());
        }
        return evaluator.report(dataName);
    }

    /** Predicts one input and counts it against its true category. */
    public void add(CategoriserInput input, String trueCategory) {
        rows++;
        Prediction prediction = categoriser.predict(input);
        confusion.computeIfAbsent(trueCategory, k -> new TreeMap<>()).merge(prediction.category(), 1L, Long::sum);
        if (!prediction.uncertain()) {
            certain++;
            certainCorrect += prediction.category().equals(trueCategory) ? 1 : 0;
        }
    }

    /** Counts a row whose label is outside our taxonomy (or the label map): reported, not scored. */
    public void exclude(String sourceLabel) {
        rows++;
        excluded.merge(sourceLabel, 1L, Long::sum);
    }

    public EvaluationReport report(String dataName) {
        Map<String, Long> support = new TreeMap<>();
        Map<String, Long> predicted = new TreeMap<>();
        long evaluated = 0;
        long correct = 0;
        for (var row : confusion.entrySet()) {
            for (var cell : row.getValue().entrySet()) {
                support.merge(row.getKey(), cell.getValue(), Long::sum);
                predicted.merge(cell.getKey(), cell.getValue(), Long::sum);
                evaluated += cell.getValue();
                correct += row.getKey().equals(cell.getKey()) ? cell.getValue() : 0;
            }
        }
        Map<String, EvaluationReport.CategoryScore> perCategory = new TreeMap<>();
        double f1Sum = 0;
        TreeSet<String> categories = new TreeSet<>(support.keySet());
        categories.addAll(predicted.keySet());
        for (String category : categories) {
            long tp = confusion.getOrDefault(category, Map.of()).getOrDefault(category, 0L);
            long s = support.getOrDefault(category, 0L);
            long p = predicted.getOrDefault(category, 0L);
            double precision = p == 0 ? 0 : (double) tp / p;
            double recall = s == 0 ? 0 : (double) tp / s;
            double f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
            perCategory.put(category, new EvaluationReport.CategoryScore(s, p, precision, recall, f1));
            f1Sum += f1;
        }
        return new EvaluationReport(categoriser.version(), dataName, rows, evaluated,
                evaluated == 0 ? 0 : (double) correct / evaluated, categories.isEmpty() ? 0 : f1Sum / categories.size(),
                evaluated == 0 ? 0 : (double) certain / evaluated, certain == 0 ? 0 : (double) certainCorrect / certain,
                perCategory, copyOf(confusion), new TreeMap<>(excluded));
    }

    private static Map<String, Map<String, Long>> copyOf(Map<String, Map<String, Long>> matrix) {
        Map<String, Map<String, Long>> copy = new TreeMap<>();
        matrix.forEach((actual, row) -> copy.put(actual, new TreeMap<>(row)));
        return copy;
    }
}
