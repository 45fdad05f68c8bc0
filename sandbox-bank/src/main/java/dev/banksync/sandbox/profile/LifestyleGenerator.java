package dev.banksync.sandbox.profile;

import dev.banksync.sandbox.catalog.Merchant;
import dev.banksync.sandbox.catalog.MerchantCatalog;
import dev.banksync.sandbox.catalog.MerchantKind;
import dev.banksync.sandbox.random.Draw;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/** The recurring and habitual parts of a profile: housing, bills, subscriptions, favourite shops, appetites. */
final class LifestyleGenerator {

    /** Monthly bills: kind, probability of having one, month-to-month variability. */
    private record BillKind(MerchantKind kind, double probability, double variability) {
    }

    private static final List<BillKind> BILLS = List.of(
            new BillKind(MerchantKind.UTILITY_ENERGY, 1.0, 0.35),
            new BillKind(MerchantKind.UTILITY_INTERNET, 0.9, 0),
            new BillKind(MerchantKind.UTILITY_PHONE, 1.0, 0.1),
            new BillKind(MerchantKind.UTILITY_WATER, 0.5, 0.2),
            new BillKind(MerchantKind.INSURANCE, 0.6, 0),
            new BillKind(MerchantKind.LOCAL_TAX, 0.9, 0),
            new BillKind(MerchantKind.LOAN, 0.25, 0),
            new BillKind(MerchantKind.GYM, 0.35, 0));

    private final MerchantCatalog catalog;

    LifestyleGenerator(MerchantCatalog catalog) {
        this.catalog = catalog;
    }

    /** Rent (most) or a mortgage, collected monthly; it costs a fifth to two fifths of the monthly pay. */
    RecurringBill housing(SplittableRandom rng, Country country, long monthlyPayMinor) {
        boolean renting = Draw.chance(rng, country == Country.IN ? 0.8 : 0.7);
        List<Merchant> choices = catalog.of(country.merchantRegions(),
                renting ? MerchantKind.LANDLORD : MerchantKind.MORTGAGE);
        if (choices.isEmpty()) {
            choices = catalog.of(country.merchantRegions(), MerchantKind.LANDLORD);
        }
        Merchant m = Draw.pick(rng, choices);
        int day = renting && Draw.chance(rng, 0.7) ? 1 : Draw.between(rng, 1, 28);
        long amount = ProfileGenerator.roundTo(Math.round(monthlyPayMinor * Draw.between(rng, 0.2, 0.38)), 10_00);
        return new RecurringBill(m, amount, day, 0);
    }

    List<RecurringBill> bills(SplittableRandom rng, Country country) {
        List<RecurringBill> bills = new ArrayList<>();
        for (BillKind bill : BILLS) {
            List<Merchant> choices = catalog.of(country.merchantRegions(), bill.kind());
            if (!choices.isEmpty() && Draw.chance(rng, bill.probability())) {
                Merchant m = Draw.pick(rng, choices);
                long amount = ProfileGenerator.between(rng, m.minMinor(), m.maxMinor());
                bills.add(new RecurringBill(m, amount, Draw.between(rng, 1, 28), bill.variability()));
            }
        }
        return List.copyOf(bills);
    }

    List<Subscription> subscriptions(SplittableRandom rng, Country country) {
        List<Merchant> monthly = shuffled(rng, catalog.of(country.merchantRegions(), MerchantKind.SUBSCRIPTION));
        int count = Math.min(monthly.size(), Draw.between(rng, 1, 5));
        List<Subscription> subscriptions = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            Merchant m = monthly.get(i);
            subscriptions.add(new Subscription(i, m, m.minMinor(), Draw.between(rng, 1, 28), false, 0));
        }
        List<Merchant> annual = catalog.of(country.merchantRegions(), MerchantKind.ANNUAL_SUBSCRIPTION);
        if (!annual.isEmpty() && Draw.chance(rng, 0.5)) {
            Merchant m = Draw.pick(rng, annual);
            subscriptions.add(new Subscription(count, m, m.minMinor(), Draw.between(rng, 1, 28), true,
                    Draw.between(rng, 1, 12)));
        }
        return List.copyOf(subscriptions);
    }

    /** One to three regular shops per discretionary kind, each with "their" branch. */
    Map<MerchantKind, List<Favourite>> favourites(SplittableRandom rng, Country country) {
        Map<MerchantKind, List<Favourite>> favourites = new EnumMap<>(MerchantKind.class);
        for (MerchantKind kind : MerchantKind.values()) {
            List<Merchant> choices = shuffled(rng, catalog.of(country.merchantRegions(), kind));
            if (!kind.discretionary() || choices.isEmpty()) {
                continue;
            }
            int count = Math.min(choices.size(), Draw.between(rng, 1, 3));
            List<Favourite> picked = new ArrayList<>(count);
            for (int i = 0; i < count; i++) {
                Merchant m = choices.get(i);
                picked.add(new Favourite(m, rng.nextInt(m.descriptors().size()),
                        Draw.digits(rng, Draw.between(rng, 3, 4))));
            }
            favourites.put(kind, List.copyOf(picked));
        }
        return favourites;
    }

    /** How much more or less than average this user does each kind of thing. */
    Map<MerchantKind, Double> activity(SplittableRandom rng) {
        boolean drives = Draw.chance(rng, 0.55);
        Map<MerchantKind, Double> activity = new EnumMap<>(MerchantKind.class);
        for (MerchantKind kind : MerchantKind.values()) {
            if (kind.discretionary()) {
                activity.put(kind, Draw.between(rng, 0.5, 1.5));
            }
        }
        activity.put(MerchantKind.COFFEE, Draw.between(rng, 0.0, 2.5));
        activity.put(MerchantKind.FUEL, drives ? Draw.between(rng, 0.7, 1.4) : 0.0);
        activity.put(MerchantKind.TRANSIT, drives ? Draw.between(rng, 0.0, 0.3) : Draw.between(rng, 0.6, 1.4));
        return activity;
    }

    private static List<Merchant> shuffled(SplittableRandom rng, List<Merchant> merchants) {
        List<Merchant> copy = new ArrayList<>(merchants);
        for (int i = copy.size() - 1; i > 0; i--) {
            int j = rng.nextInt(i + 1);
            Merchant t = copy.get(i);
            copy.set(i, copy.get(j));
            copy.set(j, t);
        }
        return copy;
    }
}
