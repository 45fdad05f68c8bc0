package dev.banksync.stream.anomaly;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * What the anomaly checks keep per merchant of a user, in one state entry so a payment reads and writes it once: the
 * earliest booking day of a payment to it (for first-time merchants; it stays when that payment is later removed:
 * it happened) and its recent payments (within {@link UserActivity#RECENT_DAYS} booking days of the latest, for the
 * duplicate check and, across merchants, the user's usual payment size). Old payments leave when the entry is next
 * written (readers skip them until then); at most {@link #MAX_RECENT} are kept. Payments without a merchant share
 * the entry {@code ""}, which has no first day. Mutable; see {@link UserActivity}.
 */
public final class MerchantPayments {

    static final int MAX_RECENT = 100;

    /** The earliest booking day (epoch day) of a payment to the merchant, or null. */
    public Long firstPaymentDay;
    public List<RecentCharge> recent = new ArrayList<>();

    void add(RecentCharge charge, long horizon) {
        recent.removeIf(c -> c.epochDay() <= horizon);
        recent.add(charge);
        if (recent.size() > MAX_RECENT) {
            recent.sort(Comparator.comparingLong(RecentCharge::epochDay));
            recent.subList(0, recent.size() - MAX_RECENT).clear();
        }
    }

    void remove(String transactionId, long horizon) {
        recent.removeIf(c -> c.transactionId().equals(transactionId) || c.epochDay() <= horizon);
    }

    /** Whether {@code epochDay} is earlier than any payment seen so far (then it becomes the first day). */
    boolean seeFirstPayment(long epochDay) {
        if (firstPaymentDay != null && firstPaymentDay <= epochDay) {
            return false;
        }
        firstPaymentDay = epochDay;
        return true;
    }

    boolean isEmpty() {
        return firstPaymentDay == null && recent.isEmpty();
    }
}
