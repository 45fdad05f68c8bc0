package dev.banksync.benchmarks.ml;

import dev.banksync.ml.categorise.CategoriserInput;
import dev.banksync.ml.corpus.CorpusCsv;
import dev.banksync.ml.corpus.LabelledTransaction;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The statement lines the categoriser benchmark scores: the shipped held-out corpus (real-looking lines of every
 * region and style the model is judged on), read from {@code banksync.bench.heldout}, by default
 * {@code ml-models/data/corpus/heldout.csv.gz} relative to the repository root the benchmark is started from.
 */
final class InferenceLines {

    static final String PROPERTY = "banksync.bench.heldout";
    static final String DEFAULT = "ml-models/data/corpus/heldout.csv.gz";

    private InferenceLines() {
    }

    static CategoriserInput[] load() {
        Path file = Path.of(System.getProperty(PROPERTY, DEFAULT));
        if (!Files.isRegularFile(file)) {
            throw new IllegalStateException("no held-out corpus at " + file.toAbsolutePath()
                    + ": start the benchmark from the repository root or set -D" + PROPERTY + "=<file>");
        }
        List<LabelledTransaction> rows = CorpusCsv.read(file);
        return rows.stream().map(LabelledTransaction::input).toArray(CategoriserInput[]::new);
    }
}
