package dev.banksync.sandbox.simulation;

import dev.banksync.sandbox.catalog.MerchantKind;
import dev.banksync.sandbox.catalog.Rail;
import dev.banksync.sandbox.ledger.AnomalyKind;
import dev.banksync.sandbox.profile.BusinessDays;
import dev.banksync.sandbox.profile.PaySchedule;
import dev.banksync.sandbox.profile.RecurringBill;
import dev.banksync.sandbox.profile.Subscription;
import dev.banksync.sandbox.random.Draw;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Month;
import java.util.SplittableRandom;

/** What comes and goes on a schedule: salary, rent or mortgage, bills, subscriptions (with price rises). */
final class RecurringPayments {

    /** Chance that a subscription's price rises at a given billing; roughly once in two years. */
    static final double PRICE_HIKE = 0.04;

    private final SimulationContext ctx;

    RecurringPayments(SimulationContext ctx) {
        this.ctx = ctx;
    }

    void simulate(int day, SplittableRandom rng, Timeline timeline) {
        LocalDate date = ctx.dateOf(day);
        salary(date, rng, timeline);
        RecurringBill housing = ctx.profile.housing();
        if (BusinessDays.isCollectedOn(housing.dayOfMonth(), date)) {
            Rail rail = housing.merchant().kind() == MerchantKind.LANDLORD ? Rail.RENT : Rail.DIRECT_DEBIT;
            timeline.book(Booking.bill(ctx.profile.checking(), rail, housing.merchant(),
                    ctx.renderer.stableDescriptor(housing.merchant(), rng), -housing.baseAmountMinor()));
        }
        for (RecurringBill bill : ctx.profile.bills()) {
            if (BusinessDays.isCollectedOn(bill.dayOfMonth(), date)) {
                timeline.book(Booking.bill(ctx.profile.checking(), Rail.DIRECT_DEBIT, bill.merchant(),
                        ctx.renderer.stableDescriptor(bill.merchant(), rng), -billAmount(bill, date, rng)));
            }
        }
        for (Subscription s : ctx.profile.subscriptions()) {
            if (isBilledOn(s, date)) {
                subscription(s, date, rng, timeline);
            }
        }
    }

    private void salary(LocalDate date, SplittableRandom rng, Timeline timeline) {
        PaySchedule pay = ctx.profile.pay();
        if (!pay.isPayday(date)) {
            return;
        }
        long amount = pay.netPayMinor();
        if (Draw.chance(rng, 0.06)) {
            amount = Math.round(amount * Draw.between(rng, 1.05, 1.4));  // bonus or overtime
        }
        Booking salary = Booking.bill(ctx.profile.checking(), Rail.SALARY, pay.employer(),
                ctx.renderer.stableDescriptor(pay.employer(), rng), amount);
        timeline.book(salary);
    }

    /** Energy bills are higher in winter; others wobble by their variability. */
    private static long billAmount(RecurringBill bill, LocalDate date, SplittableRandom rng) {
        double seasonal = 1.0;
        if (bill.merchant().kind() == MerchantKind.UTILITY_ENERGY) {
            Month m = date.getMonth();
            boolean winter = m == Month.DECEMBER || m == Month.JANUARY || m == Month.FEBRUARY;
            seasonal = winter ? 1.3 : (m == Month.JUNE || m == Month.JULY || m == Month.AUGUST) ? 0.85 : 1.0;
        }
        double wobble = 1 + bill.variability() * (rng.nextDouble() - 0.5);
        return Math.max(1, Math.round(bill.baseAmountMinor() * seasonal * wobble));
    }

    private static boolean isBilledOn(Subscription s, LocalDate date) {
        int due = Math.min(s.dayOfMonth(), date.lengthOfMonth());
        return date.getDayOfMonth() == due && (!s.annual() || date.getMonthValue() == s.month());
    }

    private void subscription(Subscription s, LocalDate date, SplittableRandom rng, Timeline timeline) {
        AnomalyKind anomaly = null;
        if (Draw.chance(rng, PRICE_HIKE)) {
            long raised = ctx.subscriptionPrice(s) + Math.max(1,
                    Math.round(ctx.subscriptionPrice(s) * Draw.between(rng, 0.08, 0.25)));
            ctx.raiseSubscriptionPrice(s, raised);
            anomaly = AnomalyKind.PRICE_HIKE;
        }
        Purchases.Payment payment = ctx.profile.card() != null
                ? new Purchases.Payment(ctx.profile.card(), Rail.CARD_CREDIT)
                : new Purchases.Payment(ctx.profile.checking(), Rail.CARD_DEBIT);
        // billed by the merchant overnight, in the user's time zone
        Instant at = date.atTime(Draw.between(rng, 1, 5), rng.nextInt(60))
                .atZone(ctx.profile.country().zone()).toInstant();
        Booking b = new Booking(payment.account(), payment.rail(), s.merchant(),
                ctx.renderer.stableDescriptor(s.merchant(), rng), -ctx.subscriptionPrice(s), s.merchant().category(),
                at, null, anomaly);
        timeline.book(b);
    }
}
