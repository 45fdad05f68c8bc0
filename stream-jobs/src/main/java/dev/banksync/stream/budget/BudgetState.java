package dev.banksync.stream.budget;

import dev.banksync.stream.spending.Bucket;
import java.util.Map;

/** One user's memory for the {@link BudgetTracker}: keyed state in Flink, maps in tests. */
public interface BudgetState {

    /** Money out per bucket (month, category, currency) as the spending feature last reported it. */
    Map<Bucket, Long> spent();

    void putSpent(Bucket bucket, long spentMinor);

    void removeSpent(Bucket bucket);

    /** The period of {@code budgetId} in a month ({@code "id|yyyy-mm-01"}), or null. */
    BudgetPeriod period(String periodKey);

    void putPeriod(String periodKey, BudgetPeriod period);

    void removePeriod(String periodKey);

    Iterable<String> periodKeys();
}
