package dev.banksync.ml.features;

import java.util.Currency;
import java.util.HashMap;
import java.util.Map;

/**
 * A log-scale bucket of a transaction's size. 1 000 INR and 12 USD are the same coffee-to-groceries size, so the
 * minor units are first put on a common scale with a rough, fixed factor per currency: this is a feature bucket
 * two-fold wide, not a conversion of money, and it never needs today's rates.
 */
public final class AmountBucket {

    /** Minor units that buy roughly what one US cent buys; currencies not listed count by their fraction digits. */
    private static final Map<String, Double> MINOR_PER_US_CENT = new HashMap<>(Map.of(
            "USD", 1.0, "EUR", 0.93, "GBP", 0.8, "INR", 83.0, "CHF", 0.9, "CAD", 1.36, "AUD", 1.5,
            "SEK", 10.5, "DKK", 6.9, "NOK", 10.6)); // a HashMap: Map.of probes slower, and this runs per prediction
    public static final int MAX_BUCKET = 20;

    private AmountBucket() {
    }

    /** 0 for under about one US dollar, then one bucket per doubling, capped at {@link #MAX_BUCKET}. */
    public static int of(long amountMinor, String currency) {
        double scale = scaleOf(currency);
        double cents = Math.abs((double) amountMinor) / scale;
        if (cents < 100) {
            return 0;
        }
        int bucket = 1 + (int) (Math.log(cents / 100) / Math.log(2));
        return Math.min(bucket, MAX_BUCKET);
    }

    private static double scaleOf(String currency) {
        if (currency == null) {
            return 1.0;
        }
        Double known = MINOR_PER_US_CENT.get(currency);
        if (known != null) {
            return known;
        }
        try {
            return Math.pow(10, Currency.getInstance(currency).getDefaultFractionDigits() - 2);
        } catch (IllegalArgumentException e) {
            return 1.0;
        }
    }

    /** 2 for whole tens or more of the major unit (rent, transfers), 1 for whole units, 0 otherwise. */
    public static int roundness(long amountMinor, String currency) {
        int digits = 2;
        if (currency != null) {
            try {
                digits = Math.max(0, Currency.getInstance(currency).getDefaultFractionDigits());
            } catch (IllegalArgumentException e) {
                digits = 2;
            }
        }
        long unit = (long) Math.pow(10, digits);
        long abs = Math.abs(amountMinor);
        if (abs == 0 || abs % unit != 0) {
            return 0;
        }
        return (abs / unit) % 10 == 0 ? 2 : 1;
    }
}
