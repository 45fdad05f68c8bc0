package dev.banksync.stream.anomaly;

import java.util.Currency;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The currency a card payment was really made in, when the statement line says so: banks print the original
 * amount and currency of a foreign purchase next to the converted one ("MARRIOTT HOTELS 7023 463.08 USD 29/11",
 * "AVENUE SUPERMARTS 1946.00 INR"). The contract's {@code currency} is the account's, so this is how a payment
 * abroad shows.
 */
public final class ForeignAmount {

    private static final Pattern AMOUNT_AND_CODE =
            Pattern.compile("\\b\\d{1,3}(?:[.,]?\\d{3})*[.,]\\d{2}\\s?([A-Z]{3})\\b");

    private ForeignAmount() {
    }

    /** The ISO-4217 code printed after an amount in {@code description}, if it is not {@code accountCurrency}. */
    public static String currencyIn(String description, String accountCurrency) {
        if (description == null) {
            return null;
        }
        Matcher m = AMOUNT_AND_CODE.matcher(description.toUpperCase(Locale.ROOT));
        while (m.find()) {
            String code = m.group(1);
            if (!code.equals(accountCurrency) && isIsoCurrency(code)) {
                return code;
            }
        }
        return null;
    }

    private static boolean isIsoCurrency(String code) {
        try {
            Currency.getInstance(code);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
