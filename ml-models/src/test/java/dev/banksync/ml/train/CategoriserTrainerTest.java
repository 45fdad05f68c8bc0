package dev.banksync.ml.train;

import dev.banksync.ml.TestModels;
import dev.banksync.ml.categorise.CategoriserModel;
import dev.banksync.ml.categorise.Prediction;
import dev.banksync.ml.categorise.TribuoCategoriser;
import dev.banksync.ml.corpus.LabelledTransaction;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class CategoriserTrainerTest {

    private static final Clock FIXED = Clock.fixed(Instant.parse("2025-01-02T03:04:05Z"), ZoneOffset.UTC);

    @Test
    void sameDataAndSeedGiveTheSamePredictions() {
        TrainingData data = TestModels.smallData();
        CategoriserTrainer trainer = new CategoriserTrainer(dev.banksync.ml.merchant.MerchantNormaliser.shipped(), FIXED);

        CategoriserModel one = trainer.train(data, TrainerKind.LOGISTIC, 2).chosen();
        CategoriserModel two = trainer.train(data, TrainerKind.LOGISTIC, 2).chosen();

        assertThat(two.card()).isEqualTo(one.card());
        assertThat(predictions(two, data.heldOut())).isEqualTo(predictions(one, data.heldOut()));
    }

    @Test
    void cardCarriesProvenanceAndHeldOutFigures() {
        CategoriserModel model = TestModels.smallLogistic();

        assertThat(model.card().dataHash()).isEqualTo(DataHash.of(TestModels.smallData().train())).hasSize(64);
        assertThat(model.card().trainer()).isEqualTo("logistic-3");
        assertThat(model.version()).startsWith("logistic-3-").endsWith(model.card().dataHash().substring(0, 8));
        assertThat(model.card().metrics()).containsKeys(TrainingData.HELD_OUT, TrainingData.INDEPENDENT);
        assertThat(model.card().metrics().get(TrainingData.HELD_OUT).accuracy()).isGreaterThan(0.7);
        assertThat(model.card().uncertaintyThreshold()).isBetween(0.0, 1.0);
    }

    @Test
    void autoKeepsTheCandidateWithTheBestHeldOutMacroF1() {
        CategoriserTrainer.Outcome outcome = new CategoriserTrainer().train(TestModels.smallData(), TrainerKind.AUTO, 2);

        assertThat(outcome.candidates()).extracting(CategoriserTrainer.Candidate::kind)
                .containsExactly(TrainerKind.LOGISTIC, TrainerKind.XGBOOST);
        double best = outcome.candidates().stream()
                .mapToDouble(c -> c.evaluations().get(TrainingData.HELD_OUT).macroF1()).max().orElseThrow();
        CategoriserTrainer.Candidate chosen = outcome.candidates().stream()
                .filter(c -> c.model() == outcome.chosen()).findFirst().orElseThrow();
        assertThat(chosen.evaluations().get(TrainingData.HELD_OUT).macroF1()).isEqualTo(best);
    }

    private static List<Prediction> predictions(CategoriserModel model, List<LabelledTransaction> rows) {
        TribuoCategoriser categoriser = new TribuoCategoriser(model);
        return rows.stream().map(r -> categoriser.predict(r.input())).toList();
    }
}
