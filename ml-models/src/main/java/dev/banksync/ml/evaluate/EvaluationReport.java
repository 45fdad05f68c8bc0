package dev.banksync.ml.evaluate;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

import java.io.UncheckedIOException;
import java.util.Map;

/**
 * How a categoriser did on a labelled set. {@code rows} were read; {@code evaluated} had a label in our taxonomy
 * (after the label map); the rest are counted per source label in {@code excludedLabels}. Macro-F1 averages the F1
 * of every category that occurs as a label or as a prediction (as scikit-learn does). {@code confusion} maps the
 * true category to the predicted ones with counts. {@code certainShare} is the share of answers not marked
 * uncertain and {@code accuracyWhenCertain} their accuracy.
 */
public record EvaluationReport(String model, String data, long rows, long evaluated, double accuracy, double macroF1,
                               double certainShare, double accuracyWhenCertain,
                               Map<String, CategoryScore> perCategory, Map<String, Map<String, Long>> confusion,
                               Map<String, Long> excludedLabels) {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    /** Precision, recall and F1 of one category, with how often it was the label and the prediction. */
    public record CategoryScore(long support, long predicted, double precision, double recall, double f1) {
    }

    public String toJson() {
        try {
            return JSON.writeValueAsString(this);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException("cannot write the evaluation as JSON", e);
        }
    }

    public static EvaluationReport fromJson(String json) {
        try {
            return JSON.readValue(json, EvaluationReport.class);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not an evaluation report: " + e.getOriginalMessage(), e);
        }
    }
}
