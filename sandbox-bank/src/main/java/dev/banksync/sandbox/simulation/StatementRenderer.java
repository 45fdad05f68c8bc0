package dev.banksync.sandbox.simulation;

import dev.banksync.sandbox.catalog.Merchant;
import dev.banksync.sandbox.catalog.StatementFormats;
import dev.banksync.sandbox.profile.Country;
import dev.banksync.sandbox.profile.UserProfile;
import dev.banksync.sandbox.random.Draw;
import dev.banksync.sandbox.random.Seeds;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Prints transactions the way this user's bank does: the merchant's descriptor wrapped in the bank's format for
 * the rail, with card masks, dates, references and (in India) UPI handles.
 */
final class StatementRenderer {

    private static final Map<String, String> UPI_BANK_CODES = Map.of("HDFC Bank", "HDFC", "ICICI Bank", "ICIC",
            "State Bank of India", "SBIN", "Axis Bank", "UTIB");
    private static final List<String> UPI_HANDLES = List.of("ybl", "okaxis", "okhdfcbank", "paytm", "okicici");
    private static final Map<String, DateTimeFormatter> DATE_FORMATS = Map.of(
            "mmdd", pattern("MMdd"), "mm/dd", pattern("MM/dd"), "dd/mm", pattern("dd/MM"),
            "dd-mm", pattern("dd-MM"), "dd.mm", pattern("dd.MM"), "dd-mm-yyyy", pattern("dd-MM-yyyy"),
            "mm", pattern("MM"), "mon", pattern("MMM"), "yyyy", pattern("yyyy"));

    private final long seed;
    private final UserProfile profile;
    private final StatementFormats formats;

    StatementRenderer(long seed, UserProfile profile, StatementFormats formats) {
        this.seed = seed;
        this.profile = profile;
        this.formats = formats;
    }

    /** The full statement line of a booking made on {@code date}. */
    String statementName(Booking b, LocalDate date, SplittableRandom rng) {
        return formats.format(profile.country().name(), b.rail(), profile.statementStyle()).render(name -> {
            DateTimeFormatter dateFormat = DATE_FORMATS.get(name);
            if (dateFormat != null) {
                return dateFormat.format(date).toUpperCase(Locale.ROOT);
            }
            return switch (name) {
                case "desc" -> b.descriptor();
                case "card" -> b.account().isCard() ? b.account().mask() : profile.debitCardLast4();
                case "card6" -> String.valueOf(400_000 + Math.floorMod(Seeds.of(seed, profile.index()), 100_000));
                case "mask" -> b.counterpartMask() != null ? b.counterpartMask() : b.account().mask();
                case "bank" -> profile.institution().toUpperCase(Locale.ROOT);
                case "city" -> profile.city().name();
                case "st" -> profile.city().region();
                case "ref" -> Draw.reference(rng, 8);
                case "n3" -> Draw.digits(rng, 3);
                case "n6" -> Draw.digits(rng, 6);
                case "n10" -> Draw.digits(rng, 10);
                case "n12" -> Draw.digits(rng, 12);
                case "upi_bank" -> UPI_BANK_CODES.getOrDefault(profile.institution(), "YESB");
                case "vpa" -> vpa(b.descriptor());
                default -> throw new IllegalStateException("statement placeholder {" + name + "} has no value");
            };
        });
    }

    /** A merchant's descriptor as its terminal prints it; {ref} is fresh on every purchase. */
    String descriptor(Merchant m, int variant, String store, Country.City city, SplittableRandom rng) {
        return m.descriptors().get(Math.floorMod(variant, m.descriptors().size())).render(name -> switch (name) {
            case "store" -> store;
            case "city" -> city.name();
            case "st" -> city.region();
            case "ref" -> Draw.reference(rng, Draw.between(rng, 7, 10));
            default -> throw new IllegalStateException("descriptor placeholder {" + name + "} has no value");
        });
    }

    /** The descriptor of a merchant this user pays on a schedule: same variant and branch every time. */
    String stableDescriptor(Merchant m, SplittableRandom rng) {
        long h = Seeds.of(seed, profile.index(), m.id().hashCode());
        String store = String.valueOf(100 + Math.floorMod(h, 9_900));
        return descriptor(m, (int) Math.floorMod(h >>> 20, m.descriptors().size()), store, profile.city(), rng);
    }

    /** A UPI virtual payment address derived from the payee's name, e.g. {@code swiggy@ybl}. */
    private String vpa(String payee) {
        String handle = payee.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
        if (handle.length() > 14) {
            handle = handle.substring(0, 14);
        }
        return handle + "@" + UPI_HANDLES.get(Math.floorMod(payee.hashCode(), UPI_HANDLES.size()));
    }

    private static DateTimeFormatter pattern(String pattern) {
        return DateTimeFormatter.ofPattern(pattern, Locale.ROOT);
    }
}
