package dev.banksync.ml.anomaly;

import org.tribuo.Model;
import org.tribuo.MutableDataset;
import org.tribuo.anomaly.AnomalyFactory;
import org.tribuo.anomaly.Event;
import org.tribuo.anomaly.libsvm.LibSVMAnomalyTrainer;
import org.tribuo.anomaly.libsvm.SVMAnomalyType;
import org.tribuo.common.libsvm.KernelType;
import org.tribuo.common.libsvm.SVMParameters;
import org.tribuo.impl.ArrayExample;
import org.tribuo.provenance.SimpleDataSourceProvenance;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * Trains the one-class SVM (RBF kernel, Tribuo's libsvm) on feature rows of ordinary payments. Seeded: the same rows
 * and settings give the same model. A one-class SVM's training cost grows with the square of its rows, so at most
 * {@code maxRows} rows, drawn with the seed, are used.
 *
 * @param nu      the share of training rows allowed outside the learnt boundary (an upper bound on outliers)
 * @param gamma   the RBF kernel width over standardised features; 0 means 1 / number of features
 * @param maxRows rows kept for training
 * @param seed    the sampling and solver seed
 */
public record AnomalyModelTrainer(double nu, double gamma, int maxRows, long seed) {

    public static final long SEED = 20240501L;
    private static final AnomalyFactory EVENTS = new AnomalyFactory();
    private static final String[] NAMES = AnomalyFeatures.NAMES.toArray(String[]::new);
    /** Fixed so that the same rows give the same provenance. */
    private static final OffsetDateTime EPOCH = OffsetDateTime.of(2024, 1, 1, 0, 0, 0, 0, ZoneOffset.UTC);

    public AnomalyModelTrainer {
        if (nu <= 0 || nu >= 1) {
            throw new IllegalArgumentException("nu must lie between 0 and 1, was " + nu);
        }
        if (gamma < 0 || maxRows < 2) {
            throw new IllegalArgumentException("gamma must not be negative and maxRows at least 2");
        }
    }

    /** Defaults chosen on the sandbox bank's seed-42 users (see benchmarks, "Learned anomaly model"). */
    public static AnomalyModelTrainer defaults() {
        return new AnomalyModelTrainer(0.01, 0.3, 8_000, SEED);
    }

    /** A model whose threshold is 0, the SVM's own boundary; pick another with {@link AnomalyModel#withThreshold}. */
    public AnomalyModel train(List<double[]> normalRows) {
        if (normalRows.size() < 2) {
            throw new IllegalArgumentException("training needs at least 2 rows, got " + normalRows.size());
        }
        List<double[]> rows = new ArrayList<>(normalRows);
        if (rows.size() > maxRows) {
            Collections.shuffle(rows, new Random(seed));
            rows = rows.subList(0, maxRows);
        }
        FeatureScaling scaling = FeatureScaling.fit(rows);
        MutableDataset<Event> dataset = new MutableDataset<>(
                new SimpleDataSourceProvenance("payments", EPOCH, EVENTS), EVENTS);
        for (double[] row : rows) {
            dataset.add(new ArrayExample<>(AnomalyFactory.EXPECTED_EVENT, NAMES, scaling.apply(row)));
        }
        SVMParameters<Event> parameters = new SVMParameters<>(new SVMAnomalyType(SVMAnomalyType.SVMMode.ONE_CLASS),
                KernelType.RBF);
        parameters.setNu(nu);
        parameters.setGamma(gamma > 0 ? gamma : 1.0 / NAMES.length);
        libsvm.svm.svm_set_print_string_function(progress -> { }); // libsvm prints its solver's progress to stdout
        Model<Event> svm = new LibSVMAnomalyTrainer(parameters, seed).train(dataset);
        String version = String.format(Locale.ROOT, "ocsvm-nu%s-g%s-%d-rows", nu, parameters.getGamma(), rows.size());
        return new AnomalyModel(svm, scaling, 0, version);
    }
}
