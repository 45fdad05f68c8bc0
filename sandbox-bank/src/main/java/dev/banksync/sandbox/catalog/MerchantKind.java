package dev.banksync.sandbox.catalog;

import java.time.DayOfWeek;
import java.util.EnumSet;
import java.util.Set;

/**
 * What role a merchant plays in a simulated life. The kind drives how often and when a user spends there; the
 * true category comes from the merchant row (a Costco grocery run is GENERAL_MERCHANDISE, not groceries).
 */
public enum MerchantKind {
    GROCERY(0.32, 1.3),
    RESTAURANT(0.14, 1.9),
    COFFEE(0.22, 0.7),
    FAST_FOOD(0.12, 1.0),
    DELIVERY(0.08, 1.5),
    RIDESHARE(0.08, 1.4),
    TRANSIT(0.30, 0.4),
    FUEL(0.07, 1.0),
    ONLINE_SHOPPING(0.14, 1.1),
    STORE_SHOPPING(0.07, 1.8),
    PHARMACY(0.04, 1.0),
    ENTERTAINMENT(0.04, 2.0),
    PERSONAL_CARE(0.03, 1.5),
    MEDICAL(0.012, 0.3),
    HOME_IMPROVEMENT(0.02, 1.8),
    TRAVEL(0.006, 1.0),
    CHARITY(0.004, 1.0),
    /** Only bought as a "first-time merchant, large amount" anomaly. */
    ELECTRONICS(0, 0),
    SUBSCRIPTION(0, 0),
    ANNUAL_SUBSCRIPTION(0, 0),
    GYM(0, 0),
    UTILITY_ENERGY(0, 0),
    UTILITY_INTERNET(0, 0),
    UTILITY_PHONE(0, 0),
    UTILITY_WATER(0, 0),
    INSURANCE(0, 0),
    LOCAL_TAX(0, 0),
    LOAN(0, 0),
    MORTGAGE(0, 0),
    EMPLOYER(0, 0),
    LANDLORD(0, 0);

    /** Kinds every country's merchant list must offer, checked when the catalog loads. */
    public static final Set<MerchantKind> REQUIRED_PER_COUNTRY = EnumSet.of(GROCERY, RESTAURANT, COFFEE, DELIVERY,
            RIDESHARE, TRANSIT, FUEL, ONLINE_SHOPPING, PHARMACY, ELECTRONICS, SUBSCRIPTION, UTILITY_ENERGY,
            UTILITY_INTERNET, UTILITY_PHONE, EMPLOYER, LANDLORD);

    private final double dailyRate;
    private final double weekendFactor;

    MerchantKind(double dailyRate, double weekendFactor) {
        this.dailyRate = dailyRate;
        this.weekendFactor = weekendFactor;
    }

    /** Whether a user buys from this kind spontaneously (versus on a schedule or only as an anomaly). */
    public boolean discretionary() {
        return dailyRate > 0;
    }

    /** Expected purchases per day for an average user on the given weekday. */
    public double expectedPerDay(DayOfWeek day) {
        boolean weekend = day == DayOfWeek.SATURDAY || day == DayOfWeek.SUNDAY;
        return weekend ? dailyRate * weekendFactor : dailyRate;
    }

    /** Restaurant bills grow by the tip between authorisation and posting. */
    public boolean tipped() {
        return this == RESTAURANT;
    }
}
