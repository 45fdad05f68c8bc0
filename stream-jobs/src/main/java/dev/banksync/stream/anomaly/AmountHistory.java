package dev.banksync.stream.anomaly;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * A user's latest payments in one category and currency (the {@link #MAX_SAMPLES} most recent by booking date, not
 * by arrival, so late and backfilled transactions land where they belong). Mutable; see {@link UserActivity}.
 */
public final class AmountHistory {

    static final int MAX_SAMPLES = 60;

    public List<AmountSample> samples = new ArrayList<>();

    /** Magnitudes of every sample but {@code transactionId}'s. */
    long[] magnitudesExcept(String transactionId) {
        long[] magnitudes = new long[samples.size()];
        int n = 0;
        for (AmountSample sample : samples) { // a loop, not a stream: this runs for every payment
            if (!sample.transactionId().equals(transactionId)) {
                magnitudes[n++] = sample.magnitudeMinor();
            }
        }
        return n == magnitudes.length ? magnitudes : java.util.Arrays.copyOf(magnitudes, n);
    }

    void add(AmountSample sample) {
        samples.add(sample);
        if (samples.size() > MAX_SAMPLES) {
            samples.sort(Comparator.comparingLong(AmountSample::epochDay).thenComparing(AmountSample::transactionId));
            samples.remove(0); // the oldest by booking date, which may be the one just added
        }
    }

    void remove(String transactionId) {
        samples.removeIf(s -> s.transactionId().equals(transactionId));
    }
}
