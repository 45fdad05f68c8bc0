package dev.banksync.sandbox.simulation;

import dev.banksync.sandbox.catalog.Merchant;
import dev.banksync.sandbox.catalog.MerchantKind;
import dev.banksync.sandbox.catalog.Rail;
import dev.banksync.sandbox.ledger.AnomalyKind;
import dev.banksync.sandbox.profile.Country;
import dev.banksync.sandbox.profile.Favourite;
import dev.banksync.sandbox.random.Draw;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Occasionally slips an anomaly into a user's day. Each is an ordinary-looking transaction in the sync payload;
 * only the ground truth says it is one. (Price hikes come from {@link RecurringPayments}.)
 */
final class AnomalyInjector {

    static final double LARGE_AMOUNT = 0.004;
    static final double DUPLICATE_CHARGE = 0.004;
    static final double NEW_MERCHANT_LARGE = 0.003;
    static final double FOREIGN_CURRENCY = 0.003;

    private static final List<MerchantKind> LARGE_KINDS = List.of(MerchantKind.GROCERY, MerchantKind.RESTAURANT,
            MerchantKind.ONLINE_SHOPPING, MerchantKind.STORE_SHOPPING);
    private static final List<MerchantKind> DUPLICATED_KINDS = List.of(MerchantKind.RESTAURANT, MerchantKind.COFFEE,
            MerchantKind.GROCERY, MerchantKind.FAST_FOOD, MerchantKind.ONLINE_SHOPPING);
    private static final List<MerchantKind> ABROAD_KINDS = List.of(MerchantKind.RESTAURANT, MerchantKind.GROCERY,
            MerchantKind.COFFEE, MerchantKind.ONLINE_SHOPPING, MerchantKind.TRAVEL);

    private final SimulationContext ctx;
    private final Purchases purchases;

    AnomalyInjector(SimulationContext ctx, Purchases purchases) {
        this.ctx = ctx;
        this.purchases = purchases;
    }

    void simulate(int day, SplittableRandom rng, Timeline timeline) {
        LocalDate date = ctx.dateOf(day);
        if (Draw.chance(rng, LARGE_AMOUNT)) {
            MerchantKind kind = Draw.pick(rng, LARGE_KINDS);
            List<Favourite> usual = ctx.profile.favourites().getOrDefault(kind, List.of());
            if (!usual.isEmpty()) {
                Favourite where = usual.get(0);
                long amount = Math.round(where.merchant().maxMinor() * Draw.between(rng, 4, 8));
                timeline.book(purchases.at(where, ctx.profile.city(), amount, date,
                        purchases.payment(kind, false, rng), rng).withAnomaly(AnomalyKind.LARGE_AMOUNT));
            }
        }
        if (Draw.chance(rng, DUPLICATE_CHARGE)) {
            Booking first = purchases.everyday(Draw.pick(rng, DUPLICATED_KINDS), date, rng);
            if (first.rail().card()) {
                timeline.book(first);
                timeline.book(first.authorizedAt(first.authorizedAt().plusSeconds(Draw.between(rng, 90, 540)))
                        .withAnomaly(AnomalyKind.DUPLICATE_CHARGE));
            }
        }
        if (Draw.chance(rng, NEW_MERCHANT_LARGE)) {
            List<Merchant> unknown = ctx.catalog.of(ctx.profile.country().merchantRegions(), MerchantKind.ELECTRONICS)
                    .stream().filter(m -> !ctx.used(m)).toList();
            if (!unknown.isEmpty()) {
                Merchant m = Draw.pick(rng, unknown);
                long amount = Math.round(m.maxMinor() * Draw.between(rng, 0.6, 1.0));
                timeline.book(purchases.at(Purchases.anyBranch(m, rng), ctx.profile.city(), amount, date,
                        purchases.payment(MerchantKind.ELECTRONICS, false, rng), rng)
                        .withAnomaly(AnomalyKind.NEW_MERCHANT_LARGE));
            }
        }
        if (Draw.chance(rng, FOREIGN_CURRENCY)) {
            spendAbroad(date, rng, timeline);
        }
    }

    /**
     * A card purchase in another currency, converted into the account's; the original amount shows in the
     * description, and banks that charge for it add a foreign transaction fee.
     */
    private void spendAbroad(LocalDate date, SplittableRandom rng, Timeline timeline) {
        List<Country> abroad = Arrays.stream(Country.values())
                .filter(c -> !c.currency().equals(ctx.profile.homeCurrency())).toList();
        Country country = Draw.pick(rng, abroad);
        Merchant m = Draw.pick(rng, ctx.catalog.of(country.merchantRegions(), Draw.pick(rng, ABROAD_KINDS)));
        long foreignAmount = Purchases.typicalAmount(m, rng);
        Purchases.Payment payment = purchases.payment(m.kind(), false, rng);
        long amount = Fx.convert(foreignAmount, m.currency(), payment.account().currency());
        Booking local = purchases.at(Purchases.anyBranch(m, rng), Draw.pick(rng, country.cities()), amount, date,
                payment, rng);
        String descriptor = local.descriptor() + " " + Fx.format(foreignAmount, m.currency());
        timeline.book(new Booking(local.account(), local.rail(), m, descriptor, local.amountMinor(),
                local.category(), local.authorizedAt(), null, AnomalyKind.FOREIGN_CURRENCY));
        int feeBps = ctx.profile.country().foreignFeeBasisPoints();
        long fee = amount * feeBps / 10_000;
        if (fee > 0) {
            timeline.book(Booking.transfer(payment.account(), Rail.FEE_FOREIGN, -fee,
                    "BANK_FEES_FOREIGN_TRANSACTION_FEES", null));
        }
    }
}
