package dev.banksync.ml.anomaly;

import java.io.Serializable;
import java.util.List;

/**
 * Centres each feature on its training mean and divides it by its standard deviation (at least {@value #MIN_SCALE}),
 * so that the RBF kernel weighs a widely spread log ratio and a yes/no flag alike.
 */
record FeatureScaling(double[] mean, double[] scale) implements Serializable {

    /**
     * The least a feature is divided by. A flag that is almost never set (a foreign currency) has a tiny standard
     * deviation; divided by it, its rare "yes" would lie so far out that every such payment gets the SVM's largest
     * score and they all tie with each other, hiding every other distinction. (Chosen on the training users:
     * 0.1 to 0.5 gave the same precision, plain standardisation far less.)
     */
    static final double MIN_SCALE = 0.3;

    static FeatureScaling fit(List<double[]> rows) {
        int width = rows.get(0).length;
        double[] mean = new double[width];
        double[] scale = new double[width];
        for (double[] row : rows) {
            for (int j = 0; j < width; j++) {
                mean[j] += row[j] / rows.size();
            }
        }
        for (double[] row : rows) {
            for (int j = 0; j < width; j++) {
                scale[j] += (row[j] - mean[j]) * (row[j] - mean[j]) / rows.size();
            }
        }
        for (int j = 0; j < width; j++) {
            scale[j] = Math.max(Math.sqrt(scale[j]), MIN_SCALE);
        }
        return new FeatureScaling(mean, scale);
    }

    double[] apply(double[] row) {
        if (row.length != mean.length) {
            throw new IllegalArgumentException("expected " + mean.length + " anomaly features, got " + row.length);
        }
        double[] scaled = new double[row.length];
        for (int j = 0; j < row.length; j++) {
            scaled[j] = (row[j] - mean[j]) / scale[j];
        }
        return scaled;
    }
}
