package dev.banksync.stream.recurring;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * One candidate stream of a user (direction, merchant key, currency): its latest occurrences by booking date,
 * display fields from the latest occurrence, and the row last emitted for it (to emit only changes). Mutable POJO.
 */
public final class StreamHistory {

    public String direction;
    public String merchant;
    public String category;
    public String currency;
    public List<Occurrence> occurrences = new ArrayList<>();
    public RecurringStreamRow lastRow;

    void put(Occurrence occurrence) {
        remove(occurrence.transactionId());
        occurrences.add(occurrence);
        occurrences.sort(Comparator.comparing(Occurrence::bookingDate).thenComparing(Occurrence::transactionId));
        if (occurrences.size() > RecurringDetector.MAX_OCCURRENCES) {
            occurrences.remove(0);
        }
    }

    void remove(String transactionId) {
        occurrences.removeIf(o -> o.transactionId().equals(transactionId));
    }

    boolean isLatest(String transactionId) {
        return !occurrences.isEmpty()
                && occurrences.get(occurrences.size() - 1).transactionId().equals(transactionId);
    }
}
