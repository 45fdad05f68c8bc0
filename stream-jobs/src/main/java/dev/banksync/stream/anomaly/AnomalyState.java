package dev.banksync.stream.anomaly;

/**
 * One user's memory for the {@link AnomalyDetector}. The Flink function backs it with keyed state; tests with maps.
 * Objects handed out may be changed by the detector, which then puts them back.
 */
public interface AnomalyState {

    SeenCharge seen(String transactionId);

    void putSeen(String transactionId, SeenCharge seen);

    /** The history of {@code category|currency}, or null. */
    AmountHistory history(String key);

    void putHistory(String key, AmountHistory history);

    /** The earliest booking day of a payment to the merchant, or null when the user never paid it. */
    Long firstPaymentDay(String merchantKey);

    void putFirstPaymentDay(String merchantKey, long epochDay);

    /** The user's recent payments to the merchant ({@code ""}: payments without one), or null. */
    RecentCharges recentCharges(String merchantKey);

    /** Stores the merchant's recent payments; an empty list removes the entry. */
    void putRecentCharges(String merchantKey, RecentCharges charges);

    /** Every merchant's recent payments (read only when a payment goes to a merchant the user never paid). */
    Iterable<RecentCharges> allRecentCharges();

    /** Never null: a new user has an empty activity. */
    UserActivity activity();

    void putActivity(UserActivity activity);
}
