package dev.banksync.stream.anomaly;

import java.util.Arrays;

/**
 * Median and median absolute deviation (MAD) of amounts: unlike mean and standard deviation, one earlier outlier
 * does not hide the next. The robust z-score {@code 0.6745 × (x − median) / MAD} is comparable to a normal z-score.
 */
public final class RobustStats {

    /** Scales the MAD to a normal distribution's standard deviation (1 / 1.4826). */
    static final double MAD_TO_Z = 0.6745;

    private RobustStats() {
    }

    /** The median of {@code values} (the lower-upper mean for an even count); the array is sorted in place. */
    public static double median(long[] values) {
        if (values.length == 0) {
            throw new IllegalArgumentException("median of no values");
        }
        Arrays.sort(values);
        int mid = values.length / 2;
        return values.length % 2 == 1 ? values[mid] : (values[mid - 1] + (double) values[mid]) / 2;
    }

    /** The {@code q}-quantile (nearest rank) of {@code values}; the array is sorted in place. */
    public static long quantile(long[] values, double q) {
        if (values.length == 0) {
            throw new IllegalArgumentException("quantile of no values");
        }
        Arrays.sort(values);
        int rank = (int) Math.ceil(q * values.length);
        return values[Math.max(0, Math.min(values.length - 1, rank - 1))];
    }

    public static double mad(long[] values, double median) {
        long[] deviations = new long[values.length];
        for (int i = 0; i < values.length; i++) {
            deviations[i] = Math.round(Math.abs(values[i] - median));
        }
        return median(deviations);
    }

    /**
     * The robust z-score of {@code x}. A MAD of zero (all past amounts equal) would make any difference infinite:
     * the scale is then at least 5 % of the median (and one minor unit), so a 12.50 coffee after ten 12.00 ones is
     * not an anomaly but 40.00 is.
     */
    public static double robustZ(long x, double median, double mad) {
        double scale = Math.max(mad, Math.max(0.05 * median, 1.0));
        return MAD_TO_Z * (x - median) / scale;
    }
}
