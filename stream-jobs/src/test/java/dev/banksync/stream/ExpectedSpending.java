package dev.banksync.stream;

import dev.banksync.core.event.TransactionEvent;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * The spending table a test expects, computed independently of the job's incremental algorithm: fold the events
 * into the final ledger (latest version of each transaction; removed ones and pendings that a posted transaction
 * replaces left out), then total that ledger per user × month × category × currency.
 */
public final class ExpectedSpending {

    /** One row's key as the table has it. */
    public record Key(String userId, LocalDate month, String category, String currency) {
    }

    /** One row's values as the table has them. */
    public record Totals(long spentMinor, long receivedMinor, int txnCount) {
    }

    /** An event the test sends, with the category the test knows it must get (null for a removal). */
    public record Sent(TransactionEvent event, String category) {
    }

    private ExpectedSpending() {
    }

    public static Map<Key, Totals> of(Iterable<Sent> sent) {
        Map<String, Sent> latest = new HashMap<>();
        for (Sent s : sent) {
            Sent current = latest.get(s.event().transactionId());
            if (current == null || s.event().version() > current.event().version()) {
                latest.put(s.event().transactionId(), s);
            }
        }
        Set<String> replacedPendings = new HashSet<>();
        latest.values().stream()
                .filter(s -> !s.event().isRemoval() && s.event().replaces() != null)
                .forEach(s -> replacedPendings.add(s.event().replaces()));

        Map<Key, Totals> expected = new HashMap<>();
        for (Sent s : latest.values()) {
            TransactionEvent e = s.event();
            if (e.isRemoval() || replacedPendings.contains(e.transactionId())) {
                continue;
            }
            Key key = new Key(e.userId(), e.bookingDate().withDayOfMonth(1), s.category(), e.currency());
            long amount = e.amountMinor();
            expected.merge(key, new Totals(Math.max(-amount, 0), Math.max(amount, 0), 1),
                    (a, b) -> new Totals(a.spentMinor() + b.spentMinor(), a.receivedMinor() + b.receivedMinor(),
                            a.txnCount() + b.txnCount()));
        }
        return expected;
    }
}
