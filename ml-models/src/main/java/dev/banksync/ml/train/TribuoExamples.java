package dev.banksync.ml.train;

import dev.banksync.ml.corpus.LabelledTransaction;
import dev.banksync.ml.features.FeatureNames;
import dev.banksync.ml.features.FeatureVector;
import dev.banksync.ml.features.TransactionFeatures;
import org.tribuo.MutableDataset;
import org.tribuo.classification.Label;
import org.tribuo.classification.LabelFactory;
import org.tribuo.impl.ArrayExample;
import org.tribuo.provenance.SimpleDataSourceProvenance;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/** Turns labelled corpus rows into a Tribuo dataset through the one feature definition scoring uses too. */
public final class TribuoExamples {

    static final int MIN_ROWS_PER_FEATURE = 8;
    private static final LabelFactory LABELS = new LabelFactory();
    /** Fixed so that the same rows give a byte-identical dataset provenance, hence the same model file. */
    private static final OffsetDateTime EPOCH = OffsetDateTime.of(2024, 1, 1, 0, 0, 0, 0, ZoneOffset.UTC);

    private final TransactionFeatures features;

    public TribuoExamples(TransactionFeatures features) {
        this.features = features;
    }

    /**
     * A dataset of the rows labelled with their PFC primary, keeping only features found in at least
     * {@value #MIN_ROWS_PER_FEATURE} rows: a feature seen once or twice (a person's name, a rare n-gram) teaches
     * nothing that generalises, and dropping them keeps the model file a few megabytes.
     */
    public MutableDataset<Label> dataset(List<LabelledTransaction> rows, String sourceName) {
        FeatureVector vector = new FeatureVector();
        int[] rowsWithFeature = new int[TransactionFeatures.DIMENSION];
        for (LabelledTransaction row : rows) {
            features.extract(row.input(), vector);
            for (int i = 0; i < vector.size(); i++) {
                rowsWithFeature[vector.index(i)]++;
            }
        }
        MutableDataset<Label> dataset = new MutableDataset<>(
                new SimpleDataSourceProvenance(sourceName, EPOCH, LABELS), LABELS);
        for (LabelledTransaction row : rows) {
            dataset.add(example(row, vector, rowsWithFeature));
        }
        return dataset;
    }

    private ArrayExample<Label> example(LabelledTransaction row, FeatureVector vector, int[] rowsWithFeature) {
        features.extract(row.input(), vector);
        List<String> names = new ArrayList<>(vector.size());
        List<Double> values = new ArrayList<>(vector.size());
        for (int i = 0; i < vector.size(); i++) {
            if (rowsWithFeature[vector.index(i)] >= MIN_ROWS_PER_FEATURE) {
                names.add(FeatureNames.of(vector.index(i)));
                values.add(vector.value(i));
            }
        }
        return new ArrayExample<>(new Label(row.category()), names.toArray(String[]::new),
                values.stream().mapToDouble(Double::doubleValue).toArray());
    }
}
