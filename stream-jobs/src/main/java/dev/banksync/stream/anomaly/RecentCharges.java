package dev.banksync.stream.anomaly;

import java.util.ArrayList;
import java.util.List;

/**
 * A user's recent payments to one merchant (within {@link UserActivity#RECENT_DAYS} booking days of the latest),
 * for the duplicate check and, across merchants, the user's usual payment size. Old entries leave when the merchant's
 * list is next written (readers skip them until then); a list keeps at most {@link #MAX_CHARGES}. Mutable; see
 * {@link UserActivity}.
 */
public final class RecentCharges {

    static final int MAX_CHARGES = 100;

    public List<RecentCharge> charges = new ArrayList<>();

    void add(RecentCharge charge, long horizon) {
        charges.removeIf(c -> c.epochDay() <= horizon);
        charges.add(charge);
        if (charges.size() > MAX_CHARGES) {
            charges.sort(java.util.Comparator.comparingLong(RecentCharge::epochDay));
            charges.subList(0, charges.size() - MAX_CHARGES).clear();
        }
    }

    void remove(String transactionId, long horizon) {
        charges.removeIf(c -> c.transactionId().equals(transactionId) || c.epochDay() <= horizon);
    }

    boolean isEmpty() {
        return charges.isEmpty();
    }
}
