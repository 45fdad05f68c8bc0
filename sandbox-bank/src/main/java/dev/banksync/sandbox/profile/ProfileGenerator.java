package dev.banksync.sandbox.profile;

import dev.banksync.sandbox.catalog.Merchant;
import dev.banksync.sandbox.catalog.MerchantCatalog;
import dev.banksync.sandbox.catalog.MerchantKind;
import dev.banksync.sandbox.random.Draw;
import dev.banksync.sandbox.random.OpaqueIds;
import dev.banksync.sandbox.random.Seeds;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.SplittableRandom;

/**
 * Creates user {@code index}'s profile from the seed alone (no other user is involved), so the sandbox can serve
 * connection 9 999 of 10 000 without generating the others.
 */
public final class ProfileGenerator {

    private static final long PURPOSE_PROFILE = 0x50F1L;

    private final long seed;
    private final OpaqueIds ids;
    private final LifestyleGenerator lifestyle;
    private final MerchantCatalog catalog;

    public ProfileGenerator(long seed, MerchantCatalog catalog) {
        this.seed = seed;
        this.catalog = catalog;
        this.ids = new OpaqueIds(seed);
        this.lifestyle = new LifestyleGenerator(catalog);
    }

    /** User ids and connection ids are readable ({@code user-00001}); account and transaction ids are opaque. */
    public static String connectionId(int index) {
        return String.format("conn-%05d", index + 1);
    }

    public static String userId(int index) {
        return String.format("user-%05d", index + 1);
    }

    /** @param historyStart the first simulated day, used to anchor biweekly paydays */
    public UserProfile generate(int index, LocalDate historyStart) {
        SplittableRandom rng = Seeds.stream(seed, PURPOSE_PROFILE, index);
        Country country = pickCountry(rng.nextDouble());
        Country.City city = Draw.pick(rng, country.cities());
        String institution = Draw.pick(rng, country.banks());
        PaySchedule pay = pay(rng, country, historyStart);
        long monthlyPay = monthlyEquivalent(pay);

        AccountProfile checking = account(index, 0, AccountType.CHECKING, country.currency(), institution, rng,
                scaled(rng, monthlyPay, 0.4, 2.5), 0);
        AccountProfile savings = Draw.chance(rng, 0.55) ? account(index, 1, AccountType.SAVINGS, country.currency(),
                institution, rng, scaled(rng, monthlyPay, 1, 12), 0) : null;
        AccountProfile card = null;
        if (Draw.chance(rng, country == Country.IN ? 0.55 : 0.85)) {
            long limit = roundTo(scaled(rng, monthlyPay, 1, 3), 100_00);
            card = account(index, 2, AccountType.CREDIT_CARD, country.currency(), institution, rng,
                    scaled(rng, limit, 0, 0.2), limit);
        }
        Country foreignCountry = null;
        AccountProfile foreign = null;
        if (Draw.chance(rng, 0.10)) {
            foreignCountry = foreignCountryOf(country);
            foreign = account(index, 3, AccountType.CHECKING, foreignCountry.currency(), institution, rng, 0, 0);
        }
        return new UserProfile(index, userId(index), connectionId(index), country, city, institution,
                rng.nextInt(1000), Draw.chance(rng, 0.7), Draw.digits(rng, 4), checking, savings, card, foreign,
                foreignCountry, pay, lifestyle.housing(rng, country, monthlyPay), lifestyle.bills(rng, country),
                lifestyle.subscriptions(rng, country), lifestyle.favourites(rng, country),
                lifestyle.activity(rng), Draw.between(rng, 0.4, 0.85),
                savings == null ? 0 : roundTo(scaled(rng, monthlyPay, 0.05, 0.2), 10_00),
                Draw.between(rng, 2, 6), Draw.between(rng, 12, 25), Draw.chance(rng, 0.3));
    }

    /** Fails at start-up, naming what is missing, if the data files cannot support some country. */
    public void checkCatalogCovers() {
        for (Country country : Country.values()) {
            var missing = catalog.missingKinds(country.merchantRegions());
            if (!missing.isEmpty()) {
                throw new IllegalStateException("merchants.csv has no " + missing + " merchant for " + country);
            }
        }
    }

    private static Country pickCountry(double u) {
        double cumulative = 0;
        for (Country c : Country.values()) {
            cumulative += c.share();
            if (u < cumulative) {
                return c;
            }
        }
        return Country.US;
    }

    private PaySchedule pay(SplittableRandom rng, Country country, LocalDate historyStart) {
        Merchant employer = Draw.pick(rng, catalog.of(country.merchantRegions(), MerchantKind.EMPLOYER));
        long monthly = roundTo(between(rng, employer.minMinor(), employer.maxMinor()), 100);
        double u = rng.nextDouble();
        PaySchedule.Frequency frequency = switch (country) {
            case US -> u < 0.5 ? PaySchedule.Frequency.BIWEEKLY
                    : u < 0.8 ? PaySchedule.Frequency.SEMI_MONTHLY : PaySchedule.Frequency.MONTHLY;
            case IN -> u < 0.6 ? PaySchedule.Frequency.MONTHLY_FIRST : PaySchedule.Frequency.MONTHLY;
            default -> u < 0.9 ? PaySchedule.Frequency.MONTHLY : PaySchedule.Frequency.BIWEEKLY;
        };
        long perPeriod = switch (frequency) {
            case BIWEEKLY -> monthly * 12 / 26;
            case SEMI_MONTHLY -> monthly / 2;
            default -> monthly;
        };
        LocalDate anchor = historyStart.with(TemporalAdjusters.nextOrSame(DayOfWeek.FRIDAY))
                .plusWeeks(rng.nextInt(2));
        return new PaySchedule(frequency, anchor, perPeriod, employer);
    }

    private static long monthlyEquivalent(PaySchedule pay) {
        return switch (pay.frequency()) {
            case BIWEEKLY -> pay.netPayMinor() * 26 / 12;
            case SEMI_MONTHLY -> pay.netPayMinor() * 2;
            default -> pay.netPayMinor();
        };
    }

    private AccountProfile account(int user, int slot, AccountType type, String currency, String institution,
                                   SplittableRandom rng, long opening, long limit) {
        String label = type == AccountType.CHECKING && slot == 3 ? currency + " Account" : type.label();
        return new AccountProfile(ids.account(user, slot), type, currency, Draw.digits(rng, 4), label,
                institution + " " + label, opening, limit);
    }

    /** Where a second-currency account is spent: a neighbour with another currency. */
    private static Country foreignCountryOf(Country home) {
        return switch (home) {
            case US -> Country.FR;
            case GB -> Country.ES;
            case IN -> Country.US;
            default -> Country.GB;
        };
    }

    static long between(SplittableRandom rng, long min, long max) {
        return min + (long) ((max - min) * rng.nextDouble());
    }

    private static long scaled(SplittableRandom rng, long base, double min, double max) {
        return (long) (base * Draw.between(rng, min, max));
    }

    static long roundTo(long value, long unit) {
        return Math.max(unit, Math.round((double) value / unit) * unit);
    }
}
