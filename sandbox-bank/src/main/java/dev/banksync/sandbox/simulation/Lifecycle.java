package dev.banksync.sandbox.simulation;

import dev.banksync.sandbox.catalog.MerchantKind;
import dev.banksync.sandbox.ledger.ChangeKind;
import dev.banksync.sandbox.ledger.SimTransaction;
import dev.banksync.sandbox.profile.BusinessDays;
import dev.banksync.sandbox.profile.Country;
import dev.banksync.sandbox.random.Draw;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.SplittableRandom;

/**
 * Turns a booking into the bank's change-log entries, the way aggregators show them: a card payment appears as
 * a pending transaction and posts one to three business days later under a new id (usually linked to the
 * pending, sometimes not, sometimes with a tip or a settled fuel amount); some pendings are never captured; a few
 * posted transactions are later corrected or reversed.
 */
final class Lifecycle {

    static final double PENDING_VANISHES = 0.03;
    static final double LINK_MISSING = 0.08;
    static final double PENDING_AMOUNT_CHANGES = 0.03;
    static final double POSTED_REMOVED = 0.004;
    static final double POSTED_MODIFIED = 0.015;
    static final double PENDING_NAME_IS_RAW = 0.35;
    /** A US pay-at-the-pump pre-authorisation of $1.00, replaced by the real amount when it posts. */
    private static final long FUEL_HOLD_MINOR = -100;

    private final SimulationContext ctx;
    private final TransactionCorrections corrections = new TransactionCorrections();

    Lifecycle(SimulationContext ctx) {
        this.ctx = ctx;
    }

    /** Books on {@code day}; returns the day the money posts, or -1 if the authorisation is never captured. */
    int book(Booking b, int day, Timeline timeline) {
        SplittableRandom rng = ctx.lifecycleStream();
        LocalDate date = ctx.dateOf(day);
        String name = ctx.renderer.statementName(b, date, rng);
        if (!b.rail().card()) {
            SimTransaction posted = transaction(ctx.nextTransactionId(), b, b.amountMinor(), date, name, false);
            timeline.change(day, ChangeKind.ADDED, posted);
            ctx.posted(b.account(), b.amountMinor());
            afterPosting(posted, day, rng, timeline);
            return day;
        }
        long settled = settledAmount(b, rng);
        long authorised = isFuelHold(b, rng) ? FUEL_HOLD_MINOR : b.amountMinor();
        String pendingName = Draw.chance(rng, PENDING_NAME_IS_RAW) ? b.descriptor() : name;
        SimTransaction pending = transaction(ctx.nextTransactionId(), b, authorised, date, pendingName, true);
        timeline.change(day, ChangeKind.ADDED, pending);
        if (Draw.chance(rng, PENDING_VANISHES)) {
            timeline.change(day + Draw.between(rng, 1, 3), ChangeKind.REMOVED, pending);
            return -1;
        }
        LocalDate postDate = BusinessDays.onOrAfter(date.plusDays(Draw.between(rng, 1, 3)));
        int postDay = day + (int) ChronoUnit.DAYS.between(date, postDate);
        if (postDay - day >= 2 && Draw.chance(rng, PENDING_AMOUNT_CHANGES)) {
            // an incremental authorisation (hotel, car rental): the pending grows before it settles
            pending = pending.withAmount(Math.round(pending.amountMinor() * Draw.between(rng, 1.05, 1.25)));
            timeline.change(day + 1, ChangeKind.MODIFIED, pending);
            settled = Math.min(settled, pending.amountMinor());
        }
        SimTransaction posted = pending.posted(ctx.nextTransactionId(), postDate, settled, name,
                !Draw.chance(rng, LINK_MISSING));
        timeline.change(postDay, ChangeKind.ADDED, posted);
        timeline.change(postDay, ChangeKind.REMOVED, pending);
        ctx.posted(b.account(), settled);
        afterPosting(posted, postDay, rng, timeline);
        return postDay;
    }

    private void afterPosting(SimTransaction posted, int postDay, SplittableRandom rng, Timeline timeline) {
        double u = rng.nextDouble();
        if (u < POSTED_REMOVED) {
            timeline.change(postDay + Draw.between(rng, 1, 5), ChangeKind.REMOVED, posted);
        } else if (u < POSTED_REMOVED + POSTED_MODIFIED) {
            timeline.change(postDay + Draw.between(rng, 1, 4), ChangeKind.MODIFIED,
                    corrections.correct(posted, rng));
        }
    }

    /** Restaurant tips are added after authorisation: generously in the US, modestly elsewhere. */
    private long settledAmount(Booking b, SplittableRandom rng) {
        if (b.merchant() == null || !b.merchant().kind().tipped()) {
            return b.amountMinor();
        }
        boolean us = ctx.profile.country() == Country.US;
        if (!Draw.chance(rng, us ? 0.85 : 0.3)) {
            return b.amountMinor();
        }
        double tip = us ? Draw.between(rng, 0.15, 0.22) : Draw.between(rng, 0.05, 0.12);
        return Math.round(b.amountMinor() * (1 + tip));
    }

    private boolean isFuelHold(Booking b, SplittableRandom rng) {
        return b.merchant() != null && b.merchant().kind() == MerchantKind.FUEL
                && "USD".equals(b.account().currency()) && Draw.chance(rng, 0.5);
    }

    private SimTransaction transaction(String id, Booking b, long amount, LocalDate date, String name,
                                       boolean pending) {
        boolean card = b.rail().card();
        String channel = b.merchant() != null && b.rail().merchantChannel() ? b.merchant().paymentChannel() : "other";
        String mcc = card && ctx.profile.reportsMcc() && b.merchant() != null ? b.merchant().mcc() : null;
        String code = ctx.profile.country().reportsTransactionCodes() ? b.rail().transactionCode() : null;
        return new SimTransaction(id, b.account().accountId(), amount, b.account().currency(), date,
                card ? date : null, b.authorizedAt(), name, b.merchant() == null ? null : b.merchant().merchantName(),
                pending, null, channel, mcc, code, null, b.category(), b.anomaly());
    }
}
