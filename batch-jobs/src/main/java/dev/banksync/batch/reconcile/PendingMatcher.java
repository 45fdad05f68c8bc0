package dev.banksync.batch.reconcile;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;

/**
 * Finds the pending transaction a posted one settles when the source did not say: same account and currency
 * (the SQL that gathers candidates guarantees those), an amount within the tolerance (tips, settled fuel holds),
 * a date within the window (the posting's authorisation date, when known, should be the pending's date) and a
 * description naming the same merchant. Each pending is claimed at most once.
 */
public final class PendingMatcher {

    /** A new posted transaction without a reported link. */
    public record Posted(int seq, LocalDate bookingDate, LocalDate authorizedDate, long amountMinor,
                         String description, String merchant) {
    }

    /** An unclaimed pending ledger row of the same account. */
    public record Pending(String transactionId, LocalDate bookingDate, long amountMinor, String description,
                          String merchant) {
    }

    public record Candidate(Posted posted, Pending pending) {
    }

    private final MatchPolicy policy;

    public PendingMatcher(MatchPolicy policy) {
        this.policy = policy;
    }

    /** Posted row position to the id of the pending it settles; rows without a plausible pending are absent. */
    public Map<Integer, String> match(List<Candidate> candidates) {
        List<GreedyAssignment.Scored> scored = new ArrayList<>();
        for (Candidate c : candidates) {
            score(c.posted(), c.pending()).ifPresent(s ->
                    scored.add(new GreedyAssignment.Scored(c.posted().seq(), c.pending().transactionId(), s)));
        }
        return GreedyAssignment.assign(scored);
    }

    /** Empty when the pair is implausible; otherwise higher is likelier (description weighs most). */
    public OptionalDouble score(Posted posted, Pending pending) {
        OptionalDouble amount = amountScore(posted.amountMinor(), pending.amountMinor());
        OptionalDouble date = dateScore(posted, pending.bookingDate());
        double description = DescriptionSimilarity.sameMerchant(posted.merchant(), pending.merchant()) ? 1.0
                : DescriptionSimilarity.score(posted.description(), pending.description());
        if (amount.isEmpty() || date.isEmpty() || description < policy.minDescriptionScore()) {
            return OptionalDouble.empty();
        }
        return OptionalDouble.of(0.5 * description + 0.3 * amount.getAsDouble() + 0.2 * date.getAsDouble());
    }

    private OptionalDouble amountScore(long posted, long pending) {
        if (posted == pending) {
            return OptionalDouble.of(1.0);
        }
        boolean sameDirection = Long.signum(posted) == Long.signum(pending);
        if (pending != 0 && sameDirection) {
            double difference = Math.abs((double) posted - pending) / Math.abs((double) pending);
            if (difference <= policy.amountTolerance()) {
                return OptionalDouble.of(1.0 - 0.5 * difference / Math.max(policy.amountTolerance(), 1e-9));
            }
        }
        boolean hold = Math.abs(pending) <= policy.authorisationHoldMinor()
                && (pending == 0 || sameDirection);
        return hold ? OptionalDouble.of(0.25) : OptionalDouble.empty();
    }

    private OptionalDouble dateScore(Posted posted, LocalDate pendingDate) {
        int window = policy.pendingWindowDays();
        long days;
        if (posted.authorizedDate() != null) {
            days = Math.abs(ChronoUnit.DAYS.between(pendingDate, posted.authorizedDate()));
        } else {
            days = ChronoUnit.DAYS.between(pendingDate, posted.bookingDate());
            if (days < -1) {
                return OptionalDouble.empty(); // a pending booked after its own settlement is not its pending
            }
            days = Math.abs(days);
        }
        return days > window ? OptionalDouble.empty() : OptionalDouble.of(1.0 - (double) days / (window + 1));
    }
}
