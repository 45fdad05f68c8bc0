package dev.banksync.sandbox.simulation;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;
import java.util.Map;

/** Fixed reference exchange rates (the simulation needs plausible conversions, not a market). */
final class Fx {

    private static final Map<String, BigDecimal> USD_PER_UNIT = Map.of(
            "USD", new BigDecimal("1"),
            "GBP", new BigDecimal("1.27"),
            "EUR", new BigDecimal("1.08"),
            "INR", new BigDecimal("0.012"));

    private Fx() {
    }

    static long convert(long minor, String from, String to) {
        BigDecimal major = BigDecimal.valueOf(minor, digits(from));
        BigDecimal converted = major.multiply(rate(from)).divide(rate(to), digits(to), RoundingMode.HALF_EVEN);
        return converted.unscaledValue().longValueExact();
    }

    private static BigDecimal rate(String currency) {
        BigDecimal rate = USD_PER_UNIT.get(currency);
        if (rate == null) {
            throw new IllegalArgumentException("no reference rate for " + currency);
        }
        return rate;
    }

    static int digits(String currency) {
        return Currency.getInstance(currency).getDefaultFractionDigits();
    }

    /** "23.40 EUR", as card statements print the original amount of a foreign purchase. */
    static String format(long minor, String currency) {
        return BigDecimal.valueOf(minor, digits(currency)).toPlainString() + " " + currency;
    }
}
