package dev.banksync.ml;

import dev.banksync.ml.categorise.CategoriserModel;
import dev.banksync.ml.corpus.CorpusGenerator;
import dev.banksync.ml.corpus.independent.IndependentCorpusGenerator;
import dev.banksync.ml.train.CategoriserTrainer;
import dev.banksync.ml.train.TrainerKind;
import dev.banksync.ml.train.TrainingData;

import java.util.Map;

/** Small corpora and a small logistic model, made once per test JVM: tests train in seconds, not minutes. */
public final class TestModels {

    private static CorpusGenerator.Corpus corpus;
    private static CategoriserModel logistic;

    private TestModels() {
    }

    public static synchronized TrainingData smallData() {
        if (corpus == null) {
            corpus = new CorpusGenerator().generate(5_000, 99);
        }
        return new TrainingData(corpus.train(), corpus.heldOut(),
                Map.of(TrainingData.INDEPENDENT, new IndependentCorpusGenerator().generate(600, 99)));
    }

    public static synchronized CategoriserModel smallLogistic() {
        if (logistic == null) {
            logistic = new CategoriserTrainer().train(smallData(), TrainerKind.LOGISTIC, 3).chosen();
        }
        return logistic;
    }
}
