package dev.banksync.stream.budget;

import dev.banksync.stream.spending.Bucket;
import java.util.HashMap;
import java.util.Map;

/** One user's {@link BudgetState} in plain maps. */
final class MapBudgetState implements BudgetState {

    private final Map<Bucket, Long> spent = new HashMap<>();
    private final Map<String, BudgetPeriod> periods = new HashMap<>();

    @Override
    public Map<Bucket, Long> spent() {
        return new HashMap<>(spent);
    }

    @Override
    public void putSpent(Bucket bucket, long spentMinor) {
        spent.put(bucket, spentMinor);
    }

    @Override
    public void removeSpent(Bucket bucket) {
        spent.remove(bucket);
    }

    @Override
    public BudgetPeriod period(String periodKey) {
        return periods.get(periodKey);
    }

    @Override
    public void putPeriod(String periodKey, BudgetPeriod period) {
        periods.put(periodKey, period);
    }

    @Override
    public void removePeriod(String periodKey) {
        periods.remove(periodKey);
    }

    @Override
    public Iterable<String> periodKeys() {
        return new java.util.ArrayList<>(periods.keySet());
    }
}
