package dev.banksync.stream.anomaly;

import java.io.Serializable;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import org.apache.flink.util.TimeUtils;

/**
 * How each anomaly kind is tuned, and whether it runs at all. {@link #parse} reads a comma-separated
 * {@code kind.setting=value} list over the defaults, e.g.
 * {@code "duplicate-charge.window=10m,velocity-burst.enabled=false,unusual-amount.z=4"}; {@link #describe} lists
 * every setting with its default. The defaults were tuned against the sandbox bank's ground truth
 * ({@code benchmarks/.../AnomalyScoring}, precision and recall per kind in BENCHMARKS.md).
 *
 * @param unusualAmountZ             robust z-score from which an amount is unusual for the user and category
 * @param unusualAmountRatio         ...and at least this many times the category's 90th percentile
 * @param unusualAmountMinSamples    past payments in the category needed before judging
 * @param duplicateWindow            how close in time (authorised, else first seen) two same-merchant same-amount
 *                                   charges within a few booking days must be
 * @param velocityMinCount           payments on one booking date from which a burst is possible at all
 * @param velocityFactor             ...and the count must be this many times the user's median daily count
 * @param firstTimeMerchantFactor    a first payment to a merchant this many times the user's 90th percentile
 * @param minHistory                 transactions the user needs before first-time-merchant and currency checks
 * @param priceIncreasePercent       a recurring payment this much above its previous amount is a price increase
 */
public record AnomalySettings(
        boolean unusualAmount, double unusualAmountZ, double unusualAmountRatio, int unusualAmountMinSamples,
        boolean duplicateCharge, Duration duplicateWindow,
        boolean velocityBurst, int velocityMinCount, double velocityFactor,
        boolean firstTimeMerchant, double firstTimeMerchantFactor,
        boolean unusualCurrency, int minHistory,
        boolean priceIncrease, double priceIncreasePercent) implements Serializable {

    public static final AnomalySettings DEFAULTS = parse("");

    private static Map<String, String> defaults() {
        Map<String, String> d = new LinkedHashMap<>();
        d.put("unusual-amount.enabled", "true");
        d.put("unusual-amount.z", "6");
        d.put("unusual-amount.ratio", "4");
        d.put("unusual-amount.min-samples", "6");
        d.put("duplicate-charge.enabled", "true");
        d.put("duplicate-charge.window", "30 min");
        d.put("velocity-burst.enabled", "true");
        d.put("velocity-burst.min-count", "15");
        d.put("velocity-burst.factor", "3.0");
        d.put("large-first-time-merchant.enabled", "true");
        d.put("large-first-time-merchant.factor", "5");
        d.put("unusual-currency.enabled", "true");
        d.put("history.min-transactions", "20");
        d.put("subscription-price-increase.enabled", "true");
        d.put("subscription-price-increase.percent", "5.0");
        return d;
    }

    /** @throws IllegalArgumentException naming an unknown setting or a bad value */
    public static AnomalySettings parse(String spec) {
        Map<String, String> values = defaults();
        if (spec != null && !spec.isBlank()) {
            for (String item : spec.split(",")) {
                String[] pair = item.split("=", 2);
                String key = pair[0].trim();
                if (pair.length != 2 || !values.containsKey(key)) {
                    throw new IllegalArgumentException("unknown anomaly setting '" + item.trim() + "'; known: "
                            + String.join(", ", values.keySet()));
                }
                values.put(key, pair[1].trim());
            }
        }
        Reader r = new Reader(values);
        return new AnomalySettings(
                r.bool("unusual-amount.enabled"), r.positive("unusual-amount.z"), r.positive("unusual-amount.ratio"),
                (int) r.positive("unusual-amount.min-samples"),
                r.bool("duplicate-charge.enabled"), r.duration("duplicate-charge.window"),
                r.bool("velocity-burst.enabled"), (int) r.positive("velocity-burst.min-count"),
                r.positive("velocity-burst.factor"),
                r.bool("large-first-time-merchant.enabled"), r.positive("large-first-time-merchant.factor"),
                r.bool("unusual-currency.enabled"), (int) r.positive("history.min-transactions"),
                r.bool("subscription-price-increase.enabled"), r.positive("subscription-price-increase.percent"));
    }

    /** Every setting and its default, for usage texts. */
    public static String describe() {
        return String.join(", ", new TreeMap<>(defaults()).entrySet().stream()
                .map(e -> e.getKey() + "=" + e.getValue()).toList());
    }

    private record Reader(Map<String, String> values) {

        boolean bool(String key) {
            String v = values.get(key).toLowerCase(java.util.Locale.ROOT);
            if (!v.equals("true") && !v.equals("false")) {
                throw bad(key, "true or false");
            }
            return Boolean.parseBoolean(v);
        }

        double positive(String key) {
            try {
                double v = Double.parseDouble(values.get(key));
                if (v > 0) {
                    return v;
                }
            } catch (NumberFormatException e) {
                // reported below
            }
            throw bad(key, "a positive number");
        }

        Duration duration(String key) {
            try {
                return TimeUtils.parseDuration(values.get(key));
            } catch (RuntimeException e) {
                throw bad(key, "a duration such as 30min");
            }
        }

        private IllegalArgumentException bad(String key, String expected) {
            return new IllegalArgumentException("anomaly setting " + key + " must be " + expected + ", was '"
                    + values.get(key) + "'");
        }
    }
}
