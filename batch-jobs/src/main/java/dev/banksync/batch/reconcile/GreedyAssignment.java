package dev.banksync.batch.reconcile;

import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Pairs incoming rows with existing ledger rows from scored candidate pairs: best score first, each incoming row
 * at most once and each existing row at most once, so no ledger row is ever claimed twice. Ties break on the
 * incoming row's position, then the existing row's id, so the outcome does not depend on the order of the input.
 */
final class GreedyAssignment {

    /** A possible pairing of incoming row {@code seq} with ledger row {@code transactionId}. */
    record Scored(int seq, String transactionId, double score) {
    }

    private static final Comparator<Scored> BEST_FIRST = Comparator.comparingDouble(Scored::score).reversed()
            .thenComparingInt(Scored::seq).thenComparing(Scored::transactionId);

    private GreedyAssignment() {
    }

    /** Incoming row position to the ledger row it is paired with. */
    static Map<Integer, String> assign(List<Scored> pairs) {
        Map<Integer, String> assigned = new LinkedHashMap<>();
        Set<String> taken = new HashSet<>();
        pairs.stream().sorted(BEST_FIRST).forEach(p -> {
            if (!assigned.containsKey(p.seq()) && !taken.contains(p.transactionId())) {
                assigned.put(p.seq(), p.transactionId());
                taken.add(p.transactionId());
            }
        });
        return assigned;
    }
}
