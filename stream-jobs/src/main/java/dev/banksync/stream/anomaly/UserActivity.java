package dev.banksync.stream.anomaly;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One user's running picture for the anomaly checks: how many transactions and in which currencies, the payments
 * of the last {@link #RECENT_DAYS} booking days (bounded), the latest booking day seen and the days a velocity
 * alert already fired for. Mutable on purpose: the Flink adapter reads it, the detector changes it, the adapter
 * writes it back.
 */
public final class UserActivity {

    static final int RECENT_DAYS = 35;
    static final int MAX_RECENT = 400;

    public long transactionCount;
    public long latestDay = Long.MIN_VALUE;
    public Map<String, Integer> currencyCounts = new HashMap<>();
    public List<RecentCharge> recent = new ArrayList<>();
    public List<Long> velocityAlertDays = new ArrayList<>();

    void addRecent(RecentCharge charge) {
        latestDay = Math.max(latestDay, charge.epochDay());
        long horizon = latestDay - RECENT_DAYS;
        if (charge.epochDay() <= horizon) {
            return; // older than what duplicate and velocity checks look at
        }
        recent.add(charge);
        recent.removeIf(c -> c.epochDay() <= horizon);
        velocityAlertDays.removeIf(day -> day <= horizon);
        if (recent.size() > MAX_RECENT) {
            recent.sort(java.util.Comparator.comparingLong(RecentCharge::epochDay));
            recent.subList(0, recent.size() - MAX_RECENT).clear();
        }
    }

    void removeRecent(String transactionId) {
        recent.removeIf(c -> c.transactionId().equals(transactionId));
    }

    void countCurrency(String currency, int delta) {
        currencyCounts.merge(currency, delta, (a, b) -> a + b <= 0 ? null : a + b);
    }
}
