package dev.banksync.core.category;

import java.util.Locale;

/**
 * Primary categories of Plaid's personal-finance taxonomy (PFC). Detailed categories are strings of the form
 * {@code PRIMARY_DETAIL} (e.g. {@code FOOD_AND_DRINK_COFFEE}) whose prefix names the primary.
 */
public enum Category {
    INCOME,
    TRANSFER_IN,
    TRANSFER_OUT,
    LOAN_PAYMENTS,
    BANK_FEES,
    ENTERTAINMENT,
    FOOD_AND_DRINK,
    GENERAL_MERCHANDISE,
    HOME_IMPROVEMENT,
    MEDICAL,
    PERSONAL_CARE,
    GENERAL_SERVICES,
    GOVERNMENT_AND_NON_PROFIT,
    TRANSPORTATION,
    TRAVEL,
    RENT_AND_UTILITIES;

    /** The category used before anything has categorised a transaction. */
    public static final String UNCATEGORISED = "UNCATEGORIZED";

    /** Parses a primary name case-insensitively; a clear error names the bad value. */
    public static Category parse(String name) {
        if (name == null) {
            throw new IllegalArgumentException("category is missing");
        }
        try {
            return valueOf(name.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown category '" + name + "'", e);
        }
    }

    /** The primary of a detailed category ({@code FOOD_AND_DRINK_COFFEE} → {@code FOOD_AND_DRINK}). */
    public static Category primaryOf(String detailed) {
        String upper = detailed.trim().toUpperCase(Locale.ROOT);
        Category best = null;
        for (Category c : values()) {
            if ((upper.equals(c.name()) || upper.startsWith(c.name() + "_"))
                    && (best == null || c.name().length() > best.name().length())) {
                best = c;
            }
        }
        if (best == null) {
            throw new IllegalArgumentException("'" + detailed + "' is not under any PFC primary category");
        }
        return best;
    }
}
