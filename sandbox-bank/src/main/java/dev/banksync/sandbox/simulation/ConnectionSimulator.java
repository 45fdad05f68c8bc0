package dev.banksync.sandbox.simulation;

import dev.banksync.sandbox.catalog.MerchantCatalog;
import dev.banksync.sandbox.catalog.StatementFormats;
import dev.banksync.sandbox.ledger.Change;
import dev.banksync.sandbox.ledger.ChangeKind;
import dev.banksync.sandbox.ledger.ChangeLog;
import dev.banksync.sandbox.ledger.SimTransaction;
import dev.banksync.sandbox.profile.UserProfile;
import dev.banksync.sandbox.random.Seeds;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.PriorityQueue;

/**
 * Simulates one connection day by day and writes its change log. Each day draws from its own random stream
 * (seed, user, day), and whatever a day decides about later days (a pending posting, a refund) waits in a queue
 * until that day is simulated. Hence simulating up to day D and then to D+1 gives exactly the log of
 * simulating straight to D+1: the bank's history never changes behind a cursor.
 */
public final class ConnectionSimulator implements Timeline {

    private static final long PURPOSE_DAY = 0xDA7L;

    /** Something due on a day: a log change, or a booking to make then. Ordered by day, then by when queued. */
    private record Due(int day, long order, ChangeKind kind, SimTransaction transaction, Booking booking) {
    }

    private final SimulationContext ctx;
    private final ChangeLog log;
    private final Lifecycle lifecycle;
    private final RecurringPayments recurring;
    private final AccountTransfers transfers;
    private final DailySpending spending;
    private final AnomalyInjector anomalies;
    private final PriorityQueue<Due> due = new PriorityQueue<>(
            Comparator.comparingInt(Due::day).thenComparingLong(Due::order));
    private long queued;
    private int today;

    /**
     * @param firstDay  the first simulated day, relative to {@code startDate} (negative: history before it)
     * @param startDate the date of day 0
     */
    public ConnectionSimulator(long seed, UserProfile profile, MerchantCatalog catalog, StatementFormats formats,
                               LocalDate startDate, int firstDay) {
        this.ctx = new SimulationContext(seed, profile, catalog, formats, startDate);
        this.log = new ChangeLog(firstDay);
        this.lifecycle = new Lifecycle(ctx);
        Purchases purchases = new Purchases(ctx);
        this.recurring = new RecurringPayments(ctx);
        this.transfers = new AccountTransfers(ctx);
        this.spending = new DailySpending(ctx, purchases);
        this.anomalies = new AnomalyInjector(ctx, purchases);
    }

    public UserProfile profile() {
        return ctx.profile;
    }

    /** The change log, simulated up to the last day passed to {@link #advanceTo}. */
    public ChangeLog log() {
        return log;
    }

    /** Simulates every day up to and including {@code day}; a no-op for days already simulated. */
    public void advanceTo(int day) {
        while (log.openDay() <= day) {
            simulate(log.openDay());
        }
    }

    private void simulate(int day) {
        today = day;
        var rng = Seeds.stream(ctx.seed, PURPOSE_DAY, ctx.profile.index(), day);
        recurring.simulate(day, rng.split(), this);
        transfers.simulate(day, rng.split(), this);
        spending.simulate(day, rng.split(), this);
        anomalies.simulate(day, rng.split(), this);
        while (!due.isEmpty() && due.peek().day() <= day) {
            Due next = due.poll();
            if (next.booking() != null) {
                lifecycle.book(next.booking(), day, this);
            } else {
                log.append(new Change(day, next.kind(), next.transaction()));
            }
        }
        log.closeDay();
    }

    @Override
    public void book(Booking booking) {
        lifecycle.book(booking, today, this);
    }

    @Override
    public void bookOn(int day, Booking booking) {
        enqueue(new Due(day, queued++, null, null, booking));
    }

    @Override
    public void change(int day, ChangeKind kind, SimTransaction transaction) {
        enqueue(new Due(day, queued++, kind, transaction, null));
    }

    private void enqueue(Due item) {
        if (item.day() < today) {
            throw new IllegalStateException("cannot schedule day " + item.day() + " while simulating day " + today);
        }
        due.add(item);
    }
}
