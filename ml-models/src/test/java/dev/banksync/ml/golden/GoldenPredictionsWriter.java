package dev.banksync.ml.golden;

import dev.banksync.ml.categorise.CategoriserInput;
import dev.banksync.ml.categorise.CategoriserModel;
import dev.banksync.ml.categorise.Prediction;
import dev.banksync.ml.categorise.TribuoCategoriser;
import dev.banksync.ml.corpus.CorpusGenerator;
import dev.banksync.ml.corpus.independent.IndependentCorpusGenerator;
import dev.banksync.ml.merchant.MerchantNormaliser;
import dev.banksync.ml.registry.ModelFiles;
import dev.banksync.ml.train.CategoriserTrainer;
import dev.banksync.ml.train.TrainerKind;
import dev.banksync.ml.train.TrainingData;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import java.io.IOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Map;

/**
 * Re-makes the golden model and its expected predictions — run deliberately, when a change to features,
 * normaliser or trainer is meant to change predictions, and review the diff of golden-predictions.csv:
 * {@code java -cp target/test-classes:target/classes:... dev.banksync.ml.golden.GoldenPredictionsWriter}
 * from {@code ml-models}.
 */
public final class GoldenPredictionsWriter {

    static final String DIR = "src/test/resources/dev/banksync/ml/golden/";

    public static void main(String[] args) throws IOException {
        CorpusGenerator.Corpus corpus = new CorpusGenerator().generate(8_000, 2024);
        TrainingData data = new TrainingData(corpus.train(), corpus.heldOut(),
                Map.of(TrainingData.INDEPENDENT, new IndependentCorpusGenerator().generate(1_000, 2024)));
        Clock clock = Clock.fixed(Instant.parse("2025-01-01T00:00:00Z"), ZoneOffset.UTC);
        CategoriserModel model = new CategoriserTrainer(MerchantNormaliser.shipped(), clock)
                .train(data, TrainerKind.LOGISTIC, 4).chosen();
        ModelFiles.write(model, Path.of(DIR + "golden-categoriser.zip"));
        TribuoCategoriser categoriser = new TribuoCategoriser(model);
        try (Writer out = Files.newBufferedWriter(Path.of(DIR + "golden-predictions.csv"));
             CSVPrinter csv = new CSVPrinter(out, CSVFormat.DEFAULT.builder().setRecordSeparator('\n')
                     .setHeader("description", "amount_minor", "currency", "category", "confidence", "merchant")
                     .get())) {
            for (GoldenLines.Line line : GoldenLines.LINES) {
                Prediction p = categoriser.predict(new CategoriserInput(line.text(), line.amountMinor(), line.currency(),
                        null, null));
                csv.printRecord(line.text(), line.amountMinor(), line.currency(), p.category(),
                        String.format(Locale.ROOT, "%.6f", p.confidence()), p.merchant() == null ? "" : p.merchant());
            }
        }
        System.out.println("wrote " + DIR + " for " + model.version());
    }
}
