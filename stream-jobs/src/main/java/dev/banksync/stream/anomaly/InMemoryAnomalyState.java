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
    private final Map<String, Long> firstPayments = new HashMap<>();
    private final Map<String, RecentCharges> recentCharges = new HashMap<>();
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
    public Long firstPaymentDay(String merchantKey) {
        return firstPayments.get(merchantKey);
    }

    @Override
    public void putFirstPaymentDay(String merchantKey, long epochDay) {
        firstPayments.put(merchantKey, epochDay);
    }

    @Override
    public RecentCharges recentCharges(String merchantKey) {
        return recentCharges.get(merchantKey);
    }

    @Override
    public void putRecentCharges(String merchantKey, RecentCharges charges) {
        if (charges.isEmpty()) {
            recentCharges.remove(merchantKey);
        } else {
            recentCharges.put(merchantKey, charges);
        }
    }

    @Override
    public Iterable<RecentCharges> allRecentCharges() {
        return recentCharges.values();
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
