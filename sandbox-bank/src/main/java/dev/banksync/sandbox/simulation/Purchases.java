package dev.banksync.sandbox.simulation;

import dev.banksync.sandbox.catalog.Merchant;
import dev.banksync.sandbox.catalog.MerchantKind;
import dev.banksync.sandbox.catalog.Rail;
import dev.banksync.sandbox.ledger.AnomalyKind;
import dev.banksync.sandbox.profile.AccountProfile;
import dev.banksync.sandbox.profile.Country;
import dev.banksync.sandbox.profile.Favourite;
import dev.banksync.sandbox.random.Draw;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;

/** Makes purchase bookings: which shop, how much, at what time, paid with which card (or UPI). */
final class Purchases {

    /** How a purchase is paid. */
    record Payment(AccountProfile account, Rail rail) {
    }

    private static final Set<MerchantKind> UPI_FRIENDLY = EnumSet.of(MerchantKind.GROCERY, MerchantKind.RESTAURANT,
            MerchantKind.COFFEE, MerchantKind.FAST_FOOD, MerchantKind.DELIVERY, MerchantKind.RIDESHARE,
            MerchantKind.TRANSIT, MerchantKind.PHARMACY, MerchantKind.PERSONAL_CARE, MerchantKind.ONLINE_SHOPPING);
    private static final double EXPLORE = 0.15;

    private final SimulationContext ctx;

    Purchases(SimulationContext ctx) {
        this.ctx = ctx;
    }

    /** An everyday purchase of a kind: usually at a favourite shop, sometimes somewhere new. */
    Booking everyday(MerchantKind kind, LocalDate date, SplittableRandom rng) {
        List<Favourite> favourites = ctx.profile.favourites().getOrDefault(kind, List.of());
        Favourite where;
        if (favourites.isEmpty() || Draw.chance(rng, EXPLORE)) {
            where = anyBranch(Draw.pick(rng, ctx.catalog.of(ctx.profile.country().merchantRegions(), kind)), rng);
        } else {
            // the first favourite is the usual one
            where = Draw.chance(rng, 0.6) ? favourites.get(0) : Draw.pick(rng, favourites);
        }
        return at(where, ctx.profile.city(), typicalAmount(where.merchant(), rng), date, payment(kind, true, rng),
                rng);
    }

    /** A purchase at a given branch for a given (positive) amount. */
    Booking at(Favourite where, Country.City city, long spendMinor, LocalDate date, Payment payment,
               SplittableRandom rng) {
        Merchant m = where.merchant();
        ctx.markUsed(m);
        String descriptor = ctx.renderer.descriptor(m, where.descriptorVariant(), where.storeNumber(), city, rng);
        return new Booking(payment.account(), payment.rail(), m, descriptor, -spendMinor, m.category(),
                timeOfDay(m.kind(), date, rng), null, null);
    }

    /** A one-off visit to some branch of a merchant. */
    static Favourite anyBranch(Merchant m, SplittableRandom rng) {
        return new Favourite(m, rng.nextInt(m.descriptors().size()), Draw.digits(rng, Draw.between(rng, 3, 4)));
    }

    Payment payment(MerchantKind kind, boolean upiAllowed, SplittableRandom rng) {
        if (upiAllowed && ctx.profile.country() == Country.IN && UPI_FRIENDLY.contains(kind) && Draw.chance(rng, 0.6)) {
            return new Payment(ctx.profile.checking(), Rail.UPI);
        }
        if (ctx.profile.card() != null && Draw.chance(rng, ctx.profile.cardShare())) {
            return new Payment(ctx.profile.card(), Rail.CARD_CREDIT);
        }
        return new Payment(ctx.profile.checking(), Rail.CARD_DEBIT);
    }

    /** Skewed towards the low end of the merchant's range; rupee amounts are whole rupees. */
    static long typicalAmount(Merchant m, SplittableRandom rng) {
        long amount = m.minMinor() + (long) ((m.maxMinor() - m.minMinor()) * Math.pow(rng.nextDouble(), 1.7));
        return "INR".equals(m.currency()) ? Math.max(100, Math.round(amount / 100.0) * 100) : amount;
    }

    private Instant timeOfDay(MerchantKind kind, LocalDate date, SplittableRandom rng) {
        int hour = switch (kind) {
            case COFFEE -> Draw.between(rng, 7, 10);
            case RESTAURANT -> Draw.chance(rng, 0.35) ? Draw.between(rng, 12, 13) : Draw.between(rng, 18, 21);
            case TRANSIT -> Draw.chance(rng, 0.5) ? Draw.between(rng, 7, 8) : Draw.between(rng, 17, 18);
            case FAST_FOOD, DELIVERY -> Draw.between(rng, 11, 21);
            default -> Draw.between(rng, 9, 20);
        };
        return date.atTime(hour, rng.nextInt(60), rng.nextInt(60)).atZone(ctx.profile.country().zone()).toInstant();
    }
}
