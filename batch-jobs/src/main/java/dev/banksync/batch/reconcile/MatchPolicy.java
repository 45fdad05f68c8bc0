package dev.banksync.batch.reconcile;

import java.time.LocalDate;

/**
 * How loosely the matching engine pairs transactions that carry no common id.
 *
 * @param pendingWindowDays      a posted transaction may settle a pending booked up to this many days earlier
 * @param amountTolerance        relative difference allowed between a pending and its posting (tips, settled
 *                               fuel, currency conversion), e.g. 0.30 for 30 %
 * @param authorisationHoldMinor a pending of at most this many minor units (a $1.00 fuel pre-authorisation) may
 *                               settle at any amount, if the descriptions agree
 * @param minDescriptionScore    the least description similarity (0..1) a fuzzy pending match needs
 * @param crossSourceDays        a statement line and an API transaction of the same amount are one purchase when
 *                               their booking dates are at most this many days apart
 */
public record MatchPolicy(int pendingWindowDays, double amountTolerance, long authorisationHoldMinor,
                          double minDescriptionScore, int crossSourceDays) {

    public static final MatchPolicy DEFAULT = new MatchPolicy(10, 0.30, 100, 0.5, 1);

    /**
     * Whether a posting booked on {@code postingDay} may settle a pending booked on {@code pendingDay}: the same day
     * or up to {@link #pendingWindowDays} later (the engine's SQL asks the same of its candidates).
     */
    public boolean withinPendingWindow(LocalDate pendingDay, LocalDate postingDay) {
        return !pendingDay.isAfter(postingDay) && !pendingDay.plusDays(pendingWindowDays).isBefore(postingDay);
    }

    public MatchPolicy {
        if (pendingWindowDays < 0 || crossSourceDays < 0) {
            throw new IllegalArgumentException("day windows must not be negative");
        }
        if (!(amountTolerance >= 0 && amountTolerance < 1)) {
            throw new IllegalArgumentException("amountTolerance must be in [0, 1), was " + amountTolerance);
        }
        if (!(minDescriptionScore >= 0 && minDescriptionScore <= 1)) {
            throw new IllegalArgumentException("minDescriptionScore must be in [0, 1], was " + minDescriptionScore);
        }
    }
}
