package dev.banksync.ml.anomaly;

import java.io.Serializable;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One user's past payments as far as the anomaly features need them: recent amounts per category and currency and
 * per currency, the latest payment to each merchant, how often each spend currency was used, and the payments of
 * the last {@value #RECENT_DAYS} booking days (for duplicates). Bounded, so that it can live in a stream job's keyed state. Feed it
 * each transaction once, after scoring it ({@link AnomalyScorer} reads it as it was before the payment).
 */
public final class PaymentHistory implements Serializable {

    private static final long serialVersionUID = 1L;
    /** Amounts kept per category and currency, and per currency: enough for a stable median and 90th percentile. */
    static final int AMOUNTS_KEPT = 120;
    static final int RECENT_DAYS = 35;

    /** The latest payment to a merchant. */
    record MerchantVisit(long lastEpochDay, long lastPaid) implements Serializable {
    }

    /** A payment of the last few weeks, for duplicates and daily counts. */
    record RecentPayment(long epochDay, String merchantKey, long amountMinor, String currency) implements Serializable {
    }

    private final Map<String, ArrayDeque<Long>> paidByCategory = new HashMap<>();
    private final Map<String, ArrayDeque<Long>> paidByCurrency = new HashMap<>();
    private final Map<String, MerchantVisit> merchants = new HashMap<>();
    private final Map<String, Integer> spendCurrencies = new HashMap<>();
    private final ArrayDeque<RecentPayment> recent = new ArrayDeque<>();
    private long latestDay = Long.MIN_VALUE;
    private int transactions;

    /** Remembers a transaction (money in counts only towards the totals and currencies). */
    public void add(Payment payment) {
        transactions++;
        spendCurrencies.merge(payment.spendCurrency(), 1, Integer::sum);
        latestDay = Math.max(latestDay, payment.epochDay());
        if (!payment.isOutflow()) {
            return;
        }
        keep(paidByCategory.computeIfAbsent(categoryKey(payment), k -> new ArrayDeque<>()), payment.paid());
        keep(paidByCurrency.computeIfAbsent(payment.currency(), k -> new ArrayDeque<>()), payment.paid());
        if (!payment.merchantKey().isEmpty()) {
            MerchantVisit before = merchants.get(payment.merchantKey());
            if (before == null || before.lastEpochDay() <= payment.epochDay()) {
                merchants.put(payment.merchantKey(), new MerchantVisit(payment.epochDay(), payment.paid()));
            }
        }
        recent.addLast(new RecentPayment(payment.epochDay(), payment.merchantKey(), payment.amountMinor(),
                payment.currency()));
        recent.removeIf(r -> r.epochDay() < latestDay - RECENT_DAYS);
    }

    private static void keep(ArrayDeque<Long> amounts, long paid) {
        amounts.addLast(paid);
        if (amounts.size() > AMOUNTS_KEPT) {
            amounts.removeFirst();
        }
    }

    static String categoryKey(Payment payment) {
        return payment.category() + '|' + payment.currency();
    }

    long[] paidInCategory(Payment payment) {
        return toArray(paidByCategory.get(categoryKey(payment)));
    }

    long[] paidInCurrency(String currency) {
        return toArray(paidByCurrency.get(currency));
    }

    MerchantVisit lastVisit(String merchantKey) {
        return merchantKey.isEmpty() ? null : merchants.get(merchantKey);
    }

    int timesSpentIn(String currency) {
        return spendCurrencies.getOrDefault(currency, 0);
    }

    /** The currency the user spends in most, or null before the first transaction. */
    String homeCurrency() {
        return spendCurrencies.entrySet().stream()
                .max(Map.Entry.<String, Integer>comparingByValue().thenComparing(Map.Entry.comparingByKey()))
                .map(Map.Entry::getKey).orElse(null);
    }

    List<RecentPayment> recent() {
        return new ArrayList<>(recent);
    }

    int transactions() {
        return transactions;
    }

    private static long[] toArray(ArrayDeque<Long> amounts) {
        return amounts == null ? new long[0] : amounts.stream().mapToLong(Long::longValue).toArray();
    }
}
