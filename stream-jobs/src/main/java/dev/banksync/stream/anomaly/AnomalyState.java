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

    /** Never null: a new user has an empty activity. */
    UserActivity activity();

    void putActivity(UserActivity activity);
}
