package dev.banksync.stream.anomaly;

import java.util.HashMap;
import java.util.Map;

/**
 * One user's {@link AnomalyState} in plain maps: for tests, and for running the detector outside Flink (scoring it
 * against a ground truth, a batch backfill).
 */
public final class InMemoryAnomalyState implements AnomalyState {

    private final Map<String, SeenCharge> seen = new HashMap<>();
    private final Map<String, AmountHistory> histories = new HashMap<>();
    private final Map<String, MerchantPayments> merchants = new HashMap<>();
    private UserActivity activity;

    @Override
    public SeenCharge seen(String transactionId) {
        return seen.get(transactionId);
    }

    @Override
    public void putSeen(String transactionId, SeenCharge value) {
        seen.put(transactionId, value);
    }

    @Override
    public AmountHistory history(String key) {
        return histories.get(key);
    }

    @Override
    public void putHistory(String key, AmountHistory history) {
        histories.put(key, history);
    }

    @Override
    public MerchantPayments merchant(String merchantKey) {
        return merchants.get(merchantKey);
    }

    @Override
    public void putMerchant(String merchantKey, MerchantPayments payments) {
        if (payments.isEmpty()) {
            merchants.remove(merchantKey);
        } else {
            merchants.put(merchantKey, payments);
        }
    }

    @Override
    public Iterable<MerchantPayments> merchants() {
        return merchants.values();
    }

    @Override
    public UserActivity activity() {
        return activity != null ? activity : new UserActivity();
    }

    @Override
    public void putActivity(UserActivity value) {
        activity = value;
    }
}
