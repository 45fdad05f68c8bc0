package dev.banksync.sandbox.catalog;

import java.util.List;

/**
 * Plaid's personal-finance category (PFC) primaries, as in the house plan. The sandbox is deliberately
 * independent of {@code core} (it plays the bank), so it checks its data file against this list itself.
 */
public final class PfcCategories {

    public static final List<String> PRIMARIES = List.of("INCOME", "TRANSFER_IN", "TRANSFER_OUT", "LOAN_PAYMENTS",
            "BANK_FEES", "ENTERTAINMENT", "FOOD_AND_DRINK", "GENERAL_MERCHANDISE", "HOME_IMPROVEMENT", "MEDICAL",
            "PERSONAL_CARE", "GENERAL_SERVICES", "GOVERNMENT_AND_NON_PROFIT", "TRANSPORTATION", "TRAVEL",
            "RENT_AND_UTILITIES");

    private PfcCategories() {
    }

    /** The primary of a detailed category ({@code FOOD_AND_DRINK_COFFEE} → {@code FOOD_AND_DRINK}). */
    public static String primaryOf(String detailed) {
        String best = null;
        for (String primary : PRIMARIES) {
            if (detailed.startsWith(primary + "_") && (best == null || primary.length() > best.length())) {
                best = primary;
            }
        }
        if (best == null) {
            throw new IllegalArgumentException("'" + detailed + "' is not a detailed category under a PFC primary");
        }
        return best;
    }
}
