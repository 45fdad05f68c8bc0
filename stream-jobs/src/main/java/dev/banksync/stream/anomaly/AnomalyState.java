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

    /** What is kept of the user's payments to the merchant ({@code ""}: payments without one), or null. */
    MerchantPayments merchant(String merchantKey);

    /** Stores the merchant's entry; an empty one is removed. */
    void putMerchant(String merchantKey, MerchantPayments payments);

    /** Every merchant's entry (read only when a payment goes to a merchant the user never paid). */
    Iterable<MerchantPayments> merchants();

    /** Never null: a new user has an empty activity. */
    UserActivity activity();

    void putActivity(UserActivity activity);
}
