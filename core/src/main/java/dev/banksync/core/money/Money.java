package dev.banksync.core.money;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;
import java.util.Objects;

/**
 * An exact amount of money: minor units (cents, pence, paise…) plus an ISO-4217 currency. Money out is negative.
 * Never a double: parsing goes through {@link BigDecimal} and refuses amounts with more decimals than the currency has.
 */
public record Money(long minorUnits, Currency currency) {

    public Money {
        Objects.requireNonNull(currency, "currency");
    }

    public static Money ofMinor(long minorUnits, String currencyCode) {
        return new Money(minorUnits, currency(currencyCode));
    }

    /** Parses a decimal amount such as {@code "-12.30"} exactly; more fraction digits than the currency allows is an error. */
    public static Money parse(String decimal, String currencyCode) {
        Currency currency = currency(currencyCode);
        BigDecimal value;
        try {
            value = new BigDecimal(decimal.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("not a decimal amount: '" + decimal + "'", e);
        }
        return of(value, currency);
    }

    public static Money of(BigDecimal value, Currency currency) {
        int digits = fractionDigits(currency);
        try {
            return new Money(value.setScale(digits, RoundingMode.UNNECESSARY).movePointRight(digits).longValueExact(), currency);
        } catch (ArithmeticException e) {
            throw new IllegalArgumentException(
                    "amount " + value.toPlainString() + " does not fit " + currency.getCurrencyCode() + " minor units", e);
        }
    }

    public static Currency currency(String code) {
        if (code == null || code.isBlank()) {
            throw new IllegalArgumentException("currency is missing");
        }
        try {
            return Currency.getInstance(code.trim().toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown ISO-4217 currency: '" + code + "'", e);
        }
    }

    public BigDecimal toDecimal() {
        return BigDecimal.valueOf(minorUnits, fractionDigits(currency));
    }

    public Money plus(Money other) {
        requireSameCurrency(other);
        return new Money(Math.addExact(minorUnits, other.minorUnits), currency);
    }

    public Money negate() {
        return new Money(Math.negateExact(minorUnits), currency);
    }

    public boolean isOutflow() {
        return minorUnits < 0;
    }

    public String currencyCode() {
        return currency.getCurrencyCode();
    }

    private void requireSameCurrency(Money other) {
        if (!currency.equals(other.currency)) {
            throw new IllegalArgumentException("currency mismatch: " + currency + " vs " + other.currency);
        }
    }

    private static int fractionDigits(Currency currency) {
        // Pseudo-currencies (XAU…) report -1: treat them as having no minor unit.
        return Math.max(currency.getDefaultFractionDigits(), 0);
    }

    @Override
    public String toString() {
        return toDecimal().toPlainString() + " " + currency.getCurrencyCode();
    }
}
