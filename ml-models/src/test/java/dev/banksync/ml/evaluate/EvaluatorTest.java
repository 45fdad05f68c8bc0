package dev.banksync.ml.evaluate;

import dev.banksync.ml.categorise.Categoriser;
import dev.banksync.ml.categorise.CategoriserInput;
import dev.banksync.ml.categorise.Prediction;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class EvaluatorTest {

    /** Answers the description itself as the category; confidence 0.4 (uncertain) when it ends with '?'. */
    static final Categoriser ECHO = new Categoriser() {
        @Override
        public Prediction predict(CategoriserInput input) {
            boolean unsure = input.description().endsWith("?");
            String category = unsure ? input.description().substring(0, input.description().length() - 1)
                    : input.description();
            return new Prediction(category, unsure ? 0.4 : 0.9, unsure, null, "echo");
        }

        @Override
        public String version() {
            return "echo";
        }
    };

    @Test
    void countsAccuracyMacroF1PerCategoryScoresAndConfusion() {
        Evaluator evaluator = new Evaluator(ECHO);
        evaluator.add(CategoriserInput.of("INCOME", 1, "USD"), "INCOME");
        evaluator.add(CategoriserInput.of("INCOME", 1, "USD"), "INCOME");
        evaluator.add(CategoriserInput.of("INCOME?", 1, "USD"), "TRANSFER_IN");
        evaluator.add(CategoriserInput.of("TRANSFER_IN", 1, "USD"), "TRANSFER_IN");
        evaluator.exclude("Shopping");

        EvaluationReport report = evaluator.report("set");

        assertThat(report.rows()).isEqualTo(5);
        assertThat(report.evaluated()).isEqualTo(4);
        assertThat(report.accuracy()).isEqualTo(0.75);
        // INCOME: precision 2/3, recall 1 -> F1 0.8; TRANSFER_IN: precision 1, recall 1/2 -> F1 2/3
        assertThat(report.macroF1()).isCloseTo((0.8 + 2.0 / 3) / 2, within(1e-12));
        assertThat(report.perCategory().get("INCOME").precision()).isCloseTo(2.0 / 3, within(1e-12));
        assertThat(report.perCategory().get("TRANSFER_IN").recall()).isEqualTo(0.5);
        assertThat(report.confusion()).isEqualTo(Map.of("INCOME", Map.of("INCOME", 2L),
                "TRANSFER_IN", Map.of("INCOME", 1L, "TRANSFER_IN", 1L)));
        assertThat(report.excludedLabels()).isEqualTo(Map.of("Shopping", 1L));
        assertThat(report.certainShare()).isEqualTo(0.75);
        assertThat(report.accuracyWhenCertain()).isEqualTo(1.0);
    }

    @Test
    void reportRoundTripsThroughJson() {
        Evaluator evaluator = new Evaluator(ECHO);
        evaluator.add(CategoriserInput.of("TRAVEL", 1, "USD"), "TRAVEL");
        EvaluationReport report = evaluator.report("set");

        assertThat(EvaluationReport.fromJson(report.toJson())).isEqualTo(report);
        assertThat(report.toJson()).contains("\"macroF1\"").contains("\"confusion\"");
    }
}
