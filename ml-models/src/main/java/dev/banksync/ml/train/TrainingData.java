package dev.banksync.ml.train;

import dev.banksync.ml.corpus.CorpusCsv;
import dev.banksync.ml.corpus.LabelledTransaction;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a training run reads: the training rows, the held-out rows of the same corpus (model choice and threshold
 * calibration), and further held-out sets that are only reported (e.g. {@code "independent"}).
 */
public record TrainingData(List<LabelledTransaction> train, List<LabelledTransaction> heldOut,
                           Map<String, List<LabelledTransaction>> reportOnly) {

    public static final String HELD_OUT = "heldout";
    public static final String INDEPENDENT = "independent";

    public TrainingData {
        if (train.isEmpty() || heldOut.isEmpty()) {
            throw new IllegalArgumentException("training needs training rows and held-out rows");
        }
        reportOnly = Map.copyOf(reportOnly);
    }

    /**
     * Reads {@code corpusDir/train.csv[.gz]} and {@code corpusDir/heldout.csv[.gz]}, plus {@code independentCsv} as
     * the {@value #INDEPENDENT} report-only set when it exists (null for none).
     */
    public static TrainingData load(Path corpusDir, Path independentCsv) {
        Path train = existing(corpusDir, "train.csv");
        Path heldOut = existing(corpusDir, "heldout.csv");
        Map<String, List<LabelledTransaction>> extra = new LinkedHashMap<>();
        if (independentCsv != null && Files.isRegularFile(independentCsv)) {
            extra.put(INDEPENDENT, CorpusCsv.read(independentCsv));
        }
        return new TrainingData(CorpusCsv.read(train), CorpusCsv.read(heldOut), extra);
    }

    private static Path existing(Path dir, String name) {
        for (Path candidate : List.of(dir.resolve(name + ".gz"), dir.resolve(name))) {
            if (Files.isRegularFile(candidate)) {
                return candidate;
            }
        }
        throw new IllegalArgumentException("training data: neither " + name + ".gz nor " + name + " in " + dir
                + " (expected a corpus directory such as ml-models/data/corpus)");
    }
}
