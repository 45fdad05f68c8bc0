package dev.banksync.stream.anomaly;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One user's running picture for the anomaly checks, small on purpose (it is written back after every transaction,
 * and a write to keyed state serialises the whole value): how many transactions and in which currencies, the latest
 * booking day seen, how many payments fell on each of the last {@link #RECENT_DAYS} booking days, and the days a
 * velocity alert already fired for. The payments themselves live per merchant ({@link MerchantPayments}), so a new
 * payment rewrites one merchant's few entries instead of a month of the user's payments. Mutable on purpose: the
 * Flink adapter reads it, the detector changes it, the adapter writes it back.
 */
public final class UserActivity {

    static final int RECENT_DAYS = 35;

    public long transactionCount;
    public long latestDay = Long.MIN_VALUE;
    public Map<String, Integer> currencyCounts = new HashMap<>();
    /** Payments per booking day, for the days after {@link #horizon()} only. */
    public Map<Long, Integer> paymentsPerDay = new HashMap<>();
    public List<Long> velocityAlertDays = new ArrayList<>();

    /**
     * Booking days up to this one are too old for the duplicate and velocity checks. It only moves forward (with the
     * latest booking day seen), so a day once outside the window stays outside.
     */
    long horizon() {
        return latestDay == Long.MIN_VALUE ? Long.MIN_VALUE : latestDay - RECENT_DAYS;
    }

    void seeDay(long epochDay) {
        if (epochDay <= latestDay) {
            return;
        }
        latestDay = epochDay;
        long horizon = horizon();
        paymentsPerDay.keySet().removeIf(day -> day <= horizon);
        velocityAlertDays.removeIf(day -> day <= horizon);
    }

    /** Counts a payment on its day; returns false (and counts nothing) when the day is already out of the window. */
    boolean countPayment(long epochDay) {
        seeDay(epochDay);
        if (epochDay <= horizon()) {
            return false;
        }
        paymentsPerDay.merge(epochDay, 1, Integer::sum);
        return true;
    }

    /** Takes back a payment {@link #countPayment} counted (a day out of the window was dropped with its count). */
    void uncountPayment(long epochDay) {
        if (epochDay > horizon()) {
            paymentsPerDay.computeIfPresent(epochDay, (day, count) -> count <= 1 ? null : count - 1);
        }
    }

    void countCurrency(String currency, int delta) {
        currencyCounts.merge(currency, delta, (a, b) -> a + b <= 0 ? null : a + b);
    }
}
