package dev.banksync.ml.categorise;

/**
 * What a categoriser may look at: the raw statement description, the signed amount in minor units (money out is
 * negative), the currency, the MCC when the source gives one, and the country (ISO-3166 alpha-2) when known.
 */
public record CategoriserInput(String description, long amountMinor, String currency, String mcc, String country) {

    public CategoriserInput {
        if (description == null) {
            throw new IllegalArgumentException("description is required (may be empty)");
        }
    }

    public static CategoriserInput of(String description, long amountMinor, String currency) {
        return new CategoriserInput(description, amountMinor, currency, null, null);
    }
}
