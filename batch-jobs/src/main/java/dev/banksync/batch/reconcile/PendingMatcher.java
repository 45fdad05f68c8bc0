package dev.banksync.batch.reconcile;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.stream.Stream;

/**
 * Pairs posted transactions with the pendings they settle when the source did not say: same account and
 * currency (the SQL that gathers candidates guarantees those), an amount within the tolerance (tips, settled fuel
 * holds), a date within the window (the posting's authorisation date, when known, should be the pending's date)
 * and a description naming the same merchant. Each side of a pair is used at most once.
 */
public final class PendingMatcher {

    /** A posted transaction without a reported link. */
    public record Posted(LocalDate bookingDate, LocalDate authorizedDate, long amountMinor, String description,
                         String merchant) {
    }

    /** A pending transaction. */
    public record Pending(LocalDate bookingDate, long amountMinor, String description, String merchant) {
    }

    /**
     * A possible pair: the incoming row {@code seq} (the new posting, or the removal of the pending) with the
     * ledger row {@code candidateId} (the pending it may settle, or the posting that may have settled it).
     */
    public record Candidate(int seq, String candidateId, Posted posted, Pending pending) {
    }

    private final MatchPolicy policy;

    public PendingMatcher(MatchPolicy policy) {
        this.policy = policy;
    }

    /**
     * Incoming row position to the ledger row it pairs with; rows without a plausible pair are absent. The words of
     * the descriptions are weighed over the {@link #plausible} pairs only: the descriptions that are compared. So
     * the answer does not depend on postings that could not settle any pending, and the engine may leave those out
     * of the matching altogether ({@link PlainInserts}).
     */
    public Map<Integer, String> match(List<Candidate> candidates) {
        List<Candidate> plausible = candidates.stream().filter(c -> plausible(c.posted(), c.pending())).toList();
        DescriptionSimilarity similarity = DescriptionSimilarity.over(plausible.stream()
                .flatMap(c -> Stream.of(c.posted().description(), c.pending().description())).toList());
        List<GreedyAssignment.Scored> scored = new ArrayList<>();
        for (Candidate c : plausible) {
            score(c.posted(), c.pending(), similarity).ifPresent(s ->
                    scored.add(new GreedyAssignment.Scored(c.seq(), c.candidateId(), s)));
        }
        return GreedyAssignment.assign(scored);
    }

    /**
     * Whether the pair passes every test but the descriptions' similarity: known merchants that do not differ, an
     * amount within the tolerance (or a small hold) and a date within the window. A posting with no plausible
     * pending cannot settle one, whatever the descriptions say.
     */
    public boolean plausible(Posted posted, Pending pending) {
        return !DescriptionSimilarity.differentMerchants(posted.merchant(), pending.merchant())
                && amountScore(posted.amountMinor(), pending.amountMinor()).isPresent()
                && dateScore(posted, pending.bookingDate()).isPresent();
    }

    /**
     * Empty when the pair is implausible; otherwise higher is likelier (description weighs most). Two known
     * merchant names that differ rule a pair out; the same known merchant counts as a perfect description.
     *
     * @param similarity word weights of the descriptions being compared
     */
    public OptionalDouble score(Posted posted, Pending pending, DescriptionSimilarity similarity) {
        if (!plausible(posted, pending)) {
            return OptionalDouble.empty(); // before the descriptions: comparing them is the dearest part
        }
        OptionalDouble amount = amountScore(posted.amountMinor(), pending.amountMinor());
        OptionalDouble date = dateScore(posted, pending.bookingDate());
        double description = DescriptionSimilarity.sameMerchant(posted.merchant(), pending.merchant()) ? 1.0
                : similarity.score(posted.description(), pending.description());
        if (description < policy.minDescriptionScore()) {
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

    /**
     * A pending is authorised on or before the day its posting is booked. When the posting carries its
     * authorisation date, that is the pending's date (a day's slack for time zones); otherwise the pending may be
     * up to the window older than the posting.
     */
    private OptionalDouble dateScore(Posted posted, LocalDate pendingDate) {
        if (!policy.withinPendingWindow(pendingDate, posted.bookingDate())) {
            return OptionalDouble.empty();
        }
        int window = policy.pendingWindowDays();
        long beforePosting = ChronoUnit.DAYS.between(pendingDate, posted.bookingDate());
        if (posted.authorizedDate() != null) {
            long fromAuthorisation = Math.abs(ChronoUnit.DAYS.between(pendingDate, posted.authorizedDate()));
            return fromAuthorisation > 1 ? OptionalDouble.empty() : OptionalDouble.of(1.0 - 0.25 * fromAuthorisation);
        }
        return OptionalDouble.of(1.0 - (double) beforePosting / (window + 1));
    }
}
