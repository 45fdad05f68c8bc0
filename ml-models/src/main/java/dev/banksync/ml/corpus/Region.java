package dev.banksync.ml.corpus;

/**
 * The statement cultures the corpus covers: country, currency, the language its banks write in, a rough number of
 * currency units per US dollar (to scale amount ranges written in dollars) and its share of the corpus.
 */
public enum Region {
    US("US", "USA", "USD", "EN", 1.0, 0.24),
    GB("GB", "GBR", "GBP", "EN", 0.8, 0.17),
    IE("IE", "IRL", "EUR", "EN", 0.92, 0.03),
    DE("DE", "DEU", "EUR", "DE", 0.92, 0.10),
    FR("FR", "FRA", "EUR", "FR", 0.92, 0.07),
    NL("NL", "NLD", "EUR", "NL", 0.92, 0.05),
    ES("ES", "ESP", "EUR", "ES", 0.92, 0.06),
    IT("IT", "ITA", "EUR", "IT", 0.92, 0.05),
    IN("IN", "IND", "INR", "IN", 83.0, 0.23);

    private final String country;
    private final String country3;
    private final String currency;
    private final String language;
    private final double unitsPerDollar;
    private final double share;

    Region(String country, String country3, String currency, String language, double unitsPerDollar, double share) {
        this.country = country;
        this.country3 = country3;
        this.currency = currency;
        this.language = language;
        this.unitsPerDollar = unitsPerDollar;
        this.share = share;
    }

    public String country() {
        return country;
    }

    public String country3() {
        return country3;
    }

    public String currency() {
        return currency;
    }

    /** The language of the region's name and word pools ("EN" for the US, UK, Ireland; "IN" for India). */
    public String language() {
        return language;
    }

    public double unitsPerDollar() {
        return unitsPerDollar;
    }

    public double share() {
        return share;
    }

    /** Euro-area banks write "12,50"; the others "12.50". */
    public boolean decimalComma() {
        return currency.equals("EUR") && this != IE;
    }
}
