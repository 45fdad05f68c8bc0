package dev.banksync.batch.reconcile;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Recognises a purchase that another source already put in the ledger: a statement line of an account that an
 * API also syncs, or the reverse. The SQL that gathers candidates requires the same account, amount and currency
 * and booking dates at most {@link MatchPolicy#crossSourceDays()} apart. Among those, the nearest date and then
 * the most similar description win, one to one: with k identical coffees in each source, k pairs form, never
 * 2k rows and never one row claimed twice. The descriptions need not agree (a bank's CSV export and its API
 * often print the same purchase differently); they only decide between otherwise equal candidates.
 */
public final class CrossSourceMatcher {

    /** Incoming row {@code seq} could be ledger row {@code transactionId}, booked {@code dayDistance} days apart. */
    public record Candidate(int seq, String transactionId, int dayDistance, String incomingDescription,
                            String existingDescription) {
    }

    private CrossSourceMatcher() {
    }

    /** Incoming row position to the existing ledger row it duplicates. */
    public static Map<Integer, String> match(List<Candidate> candidates) {
        DescriptionSimilarity descriptions = DescriptionSimilarity.over(candidates.stream()
                .flatMap(c -> Stream.of(c.incomingDescription(), c.existingDescription())).toList());
        List<GreedyAssignment.Scored> scored = new ArrayList<>(candidates.size());
        for (Candidate c : candidates) {
            double similarity = descriptions.score(c.incomingDescription(), c.existingDescription());
            scored.add(new GreedyAssignment.Scored(c.seq(), c.transactionId(),
                    -Math.abs(c.dayDistance()) + 0.5 * similarity));
        }
        return GreedyAssignment.assign(scored);
    }
}
