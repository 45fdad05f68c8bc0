package dev.banksync.ml.anomaly;

import java.time.LocalDate;
import java.util.Objects;

/**
 * What the learned anomaly model knows of one transaction: its booking date, signed amount (money out negative,
 * minor units of the account's currency), the currency it was really spent in (a foreign amount printed in the
 * statement line, else the account's), its category and the merchant key of ml-models' normaliser ("" when the
 * line names no merchant).
 */
public record Payment(String transactionId, LocalDate bookingDate, long amountMinor, String currency,
                      String spendCurrency, String category, String merchantKey) {

    public Payment {
        Objects.requireNonNull(transactionId, "transactionId");
        Objects.requireNonNull(bookingDate, "bookingDate");
        Objects.requireNonNull(currency, "currency");
        spendCurrency = spendCurrency == null ? currency : spendCurrency;
        category = category == null ? "" : category;
        merchantKey = merchantKey == null ? "" : merchantKey;
    }

    public boolean isOutflow() {
        return amountMinor < 0;
    }

    /** The amount paid, in minor units: positive for money out. */
    long paid() {
        return -amountMinor;
    }

    long epochDay() {
        return bookingDate.toEpochDay();
    }

    /**
     * Money moved between the user's own accounts or to lenders is not spending: its size says nothing about
     * surprises. (The stream's statistical checks draw the same line.)
     */
    boolean isSpending() {
        return !category.startsWith("TRANSFER_IN") && !category.startsWith("TRANSFER_OUT")
                && !category.startsWith("LOAN_PAYMENTS");
    }
}
