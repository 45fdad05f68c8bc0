package dev.banksync.sandbox.profile;

import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;

/**
 * Where a simulated user lives: the home currency, the cities their statements mention, their banks, and the
 * fee schedule of those banks. Amounts are minor units of the home currency.
 */
public enum Country {
    US("USD", "America/New_York", 0.34, List.of(new City("SAN FRANCISCO", "CA"), new City("NEW YORK", "NY"),
            new City("SEATTLE", "WA"), new City("AUSTIN", "TX"), new City("CHICAGO", "IL"), new City("BOSTON", "MA")),
            List.of("Chase", "Bank of America", "Wells Fargo", "Citibank"), 1200, 300, 300,
            new long[] {2000, 4000, 6000, 8000, 10000, 20000}),
    GB("GBP", "Europe/London", 0.20, cities("GB", "LONDON", "MANCHESTER", "BRISTOL", "LEEDS", "EDINBURGH"),
            List.of("Barclays", "HSBC UK", "Lloyds", "Monzo"), 300, 150, 299, new long[] {1000, 2000, 3000, 5000, 10000}),
    DE("EUR", "Europe/Berlin", 0.08, cities("DE", "BERLIN", "MUENCHEN", "HAMBURG", "KOELN", "FRANKFURT"),
            List.of("Sparkasse", "Deutsche Bank", "N26", "Commerzbank"), 495, 450, 175, euroNotes()),
    FR("EUR", "Europe/Paris", 0.07, cities("FR", "PARIS", "LYON", "MARSEILLE", "TOULOUSE"),
            List.of("BNP Paribas", "Societe Generale", "Credit Agricole"), 250, 100, 200, euroNotes()),
    NL("EUR", "Europe/Amsterdam", 0.05, cities("NL", "AMSTERDAM", "ROTTERDAM", "UTRECHT", "DEN HAAG"),
            List.of("ING", "ABN AMRO", "Rabobank"), 395, 150, 150, euroNotes()),
    ES("EUR", "Europe/Madrid", 0.05, cities("ES", "MADRID", "BARCELONA", "VALENCIA", "SEVILLA"),
            List.of("Santander", "BBVA", "CaixaBank"), 500, 200, 300, euroNotes()),
    IN("INR", "Asia/Kolkata", 0.21, cities("IN", "BENGALURU", "MUMBAI", "DELHI", "PUNE", "HYDERABAD"),
            List.of("HDFC Bank", "ICICI Bank", "State Bank of India", "Axis Bank"), 1770, 2360, 350,
            new long[] {50000, 100000, 200000, 300000, 500000, 1000000});

    /** A city as statements print it, with its state (US) or country code. */
    public record City(String name, String region) {
    }

    private final String currency;
    private final ZoneId zone;
    private final double share;
    private final List<City> cities;
    private final List<String> banks;
    private final long monthlyFeeMinor;
    private final long atmFeeMinor;
    private final int foreignFeeBasisPoints;
    private final long[] atmAmountsMinor;

    Country(String currency, String zone, double share, List<City> cities, List<String> banks, long monthlyFeeMinor,
            long atmFeeMinor, int foreignFeeBasisPoints, long[] atmAmountsMinor) {
        this.currency = currency;
        this.zone = ZoneId.of(zone);
        this.share = share;
        this.cities = cities;
        this.banks = banks;
        this.monthlyFeeMinor = monthlyFeeMinor;
        this.atmFeeMinor = atmFeeMinor;
        this.foreignFeeBasisPoints = foreignFeeBasisPoints;
        this.atmAmountsMinor = atmAmountsMinor;
    }

    /** The merchant regions that serve this country: its own, plus "EU" inside the euro area. */
    public List<String> merchantRegions() {
        return currency.equals("EUR") ? List.of(name(), "EU") : List.of(name());
    }

    public String currency() {
        return currency;
    }

    public ZoneId zone() {
        return zone;
    }

    /** The fraction of simulated users who live here. */
    public double share() {
        return share;
    }

    public List<City> cities() {
        return cities;
    }

    public List<String> banks() {
        return banks;
    }

    public long monthlyFeeMinor() {
        return monthlyFeeMinor;
    }

    public long atmFeeMinor() {
        return atmFeeMinor;
    }

    public int foreignFeeBasisPoints() {
        return foreignFeeBasisPoints;
    }

    public long atmAmountMinor(int index) {
        return atmAmountsMinor[Math.floorMod(index, atmAmountsMinor.length)];
    }

    /** US transactions carry no {@code transaction_code}; Plaid reports it for European and Indian banks. */
    public boolean reportsTransactionCodes() {
        return this != US;
    }

    private static List<City> cities(String code, String... names) {
        return Arrays.stream(names).map(n -> new City(n, code)).toList();
    }

    private static long[] euroNotes() {
        return new long[] {2000, 5000, 10000, 15000, 20000};
    }
}
