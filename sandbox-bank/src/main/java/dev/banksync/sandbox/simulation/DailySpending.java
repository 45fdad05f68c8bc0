package dev.banksync.sandbox.simulation;

import dev.banksync.sandbox.catalog.Merchant;
import dev.banksync.sandbox.catalog.MerchantKind;
import dev.banksync.sandbox.catalog.Rail;
import dev.banksync.sandbox.profile.AccountProfile;
import dev.banksync.sandbox.profile.Country;
import dev.banksync.sandbox.random.Draw;
import java.time.LocalDate;
import java.util.List;
import java.util.SplittableRandom;

/** The unscheduled part of a day: everyday purchases, the odd refund, cash from an ATM. */
final class DailySpending {

    private static final double REFUND_RATE = 0.04;
    private static final List<MerchantKind> FOREIGN_ACCOUNT_KINDS = List.of(MerchantKind.GROCERY,
            MerchantKind.RESTAURANT, MerchantKind.COFFEE, MerchantKind.ONLINE_SHOPPING);

    private final SimulationContext ctx;
    private final Purchases purchases;

    DailySpending(SimulationContext ctx, Purchases purchases) {
        this.ctx = ctx;
        this.purchases = purchases;
    }

    void simulate(int day, SplittableRandom rng, Timeline timeline) {
        LocalDate date = ctx.dateOf(day);
        for (MerchantKind kind : MerchantKind.values()) {
            if (!kind.discretionary()) {
                continue;
            }
            double mean = kind.expectedPerDay(date.getDayOfWeek()) * ctx.profile.activity().getOrDefault(kind, 0.0);
            for (int i = Draw.poisson(rng, mean); i > 0; i--) {
                Booking purchase = purchases.everyday(kind, date, rng);
                timeline.book(purchase);
                maybeRefund(kind, purchase, day, rng, timeline);
            }
        }
        cash(rng, timeline);
        spendForeignAccount(date, rng, timeline);
    }

    /** Some shopping comes back: a full or partial refund one to two weeks later, on the same account. */
    private void maybeRefund(MerchantKind kind, Booking purchase, int day, SplittableRandom rng, Timeline timeline) {
        boolean returnable = kind == MerchantKind.ONLINE_SHOPPING || kind == MerchantKind.STORE_SHOPPING;
        if (!returnable || !Draw.chance(rng, REFUND_RATE)) {
            return;
        }
        long refund = Draw.chance(rng, 0.7) ? -purchase.amountMinor() : -purchase.amountMinor() / 2;
        timeline.bookOn(day + Draw.between(rng, 5, 15), new Booking(purchase.account(), Rail.REFUND,
                purchase.merchant(), purchase.descriptor(), refund, purchase.category(), null, null, null));
    }

    private void cash(SplittableRandom rng, Timeline timeline) {
        Country country = ctx.profile.country();
        double rate = country == Country.IN || country == Country.DE ? 0.06 : 0.03;
        if (!Draw.chance(rng, rate)) {
            return;
        }
        AccountProfile checking = ctx.profile.checking();
        long amount = country.atmAmountMinor(rng.nextInt(6));
        timeline.book(Booking.transfer(checking, Rail.ATM, -amount, "TRANSFER_OUT_WITHDRAWAL", null));
        if (Draw.chance(rng, country == Country.US ? 0.35 : 0.1)) {
            timeline.book(Booking.transfer(checking, Rail.FEE_ATM, -country.atmFeeMinor(), "BANK_FEES_ATM_FEES",
                    null));
        }
    }

    /** A second-currency account is spent in its own country, in its own currency. */
    private void spendForeignAccount(LocalDate date, SplittableRandom rng, Timeline timeline) {
        AccountProfile foreign = ctx.profile.foreign();
        if (foreign == null || !Draw.chance(rng, 0.12)) {
            return;
        }
        Country abroad = ctx.profile.foreignCountry();
        MerchantKind kind = Draw.pick(rng, FOREIGN_ACCOUNT_KINDS);
        Merchant m = Draw.pick(rng, ctx.catalog.of(abroad.merchantRegions(), kind));
        timeline.book(purchases.at(Purchases.anyBranch(m, rng), abroad.cities().get(0),
                Purchases.typicalAmount(m, rng), date, new Purchases.Payment(foreign, Rail.CARD_DEBIT), rng));
    }
}
