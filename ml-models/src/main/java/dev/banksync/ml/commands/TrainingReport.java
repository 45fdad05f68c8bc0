package dev.banksync.ml.commands;

import dev.banksync.ml.categorise.CategoriserModel;
import dev.banksync.ml.evaluate.EvaluationReport;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * What a training run made: the chosen model (its card holds version, data hash, threshold and metrics), the file
 * it was written to (or null), and every candidate trainer's evaluations, so the choice can be checked.
 */
public record TrainingReport(CategoriserModel chosen, Path modelFile, List<CandidateEvaluation> candidates) {

    /** One trainer's model version and its evaluation per held-out set. */
    public record CandidateEvaluation(String trainer, String version, Map<String, EvaluationReport> evaluations) {
    }
}
