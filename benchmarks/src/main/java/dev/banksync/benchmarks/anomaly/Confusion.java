package dev.banksync.benchmarks.anomaly;

import java.util.Locale;

/** Flagged transactions that were planted anomalies, flagged ones that were not, and planted ones missed. */
record Confusion(int truePositives, int falsePositives, int planted) {

    double precision() {
        int flagged = truePositives + falsePositives;
        return flagged == 0 ? Double.NaN : (double) truePositives / flagged;
    }

    double recall() {
        return planted == 0 ? Double.NaN : (double) truePositives / planted;
    }

    /** "found / precision / recall", for a table cell. */
    String cell() {
        return String.format(Locale.ROOT, "%d / %s / %s", truePositives + falsePositives, ratio(precision()),
                ratio(recall()));
    }

    static String ratio(double value) {
        return Double.isNaN(value) ? "–" : String.format(Locale.ROOT, "%.2f", value);
    }
}
