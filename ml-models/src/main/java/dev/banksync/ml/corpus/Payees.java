package dev.banksync.ml.corpus;

import dev.banksync.ml.merchant.KnownMerchant;
import dev.banksync.ml.merchant.MerchantKnowledgeBase;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.random.RandomGenerator;

/**
 * Makes the other side of a synthetic transaction as a statement would spell it: a knowledge-base merchant under
 * one of its aliases, a local business named from word patterns, a person in one of the ways banks print names,
 * or a fixed wording (fees, benefits). The {@code key} says who it is, so the corpus split can keep one payee on
 * one side.
 */
final class Payees {

    record Payee(String text, String key, String web) {
    }

    private static final Map<Region, String> DOMAINS = Map.of(Region.US, ".COM", Region.GB, ".CO.UK", Region.IE,
            ".IE", Region.DE, ".DE", Region.FR, ".FR", Region.NL, ".NL", Region.ES, ".ES", Region.IT, ".IT",
            Region.IN, ".IN");

    private final WordTables words;
    private final Map<String, List<KnownMerchant>> knownByDetailed = new HashMap<>();

    Payees(WordTables words, MerchantKnowledgeBase knowledgeBase) {
        this.words = words;
        for (KnownMerchant merchant : knowledgeBase.merchants()) {
            knownByDetailed.computeIfAbsent(merchant.detailed(), d -> new ArrayList<>()).add(merchant);
        }
    }

    /** The payee of a scenario in a region, or null when the region has none of that kind. */
    Payee make(String source, String notePool, Region region, RandomGenerator random) {
        if (source.equals("NONE")) {
            return new Payee("", "", null);
        }
        if (source.equals("PERSON")) {
            return person(region, random);
        }
        int colon = source.indexOf(':');
        String kind = source.substring(0, colon);
        String name = source.substring(colon + 1);
        return switch (kind) {
            case "KB" -> known(name, region, random);
            case "LOCAL", "PHRASE" -> {
                if (!words.has(name, region)) {
                    yield null;
                }
                String text = words.pick(name, region, random);
                yield new Payee(text, text, web(text, region));
            }
            default -> throw new IllegalArgumentException("unknown payee source " + source);
        };
    }

    private Payee known(String detailed, Region region, RandomGenerator random) {
        List<KnownMerchant> candidates = new ArrayList<>();
        for (KnownMerchant m : knownByDetailed.getOrDefault(detailed, List.of())) {
            if (tradesIn(m, region)) {
                candidates.add(m);
            }
        }
        if (candidates.isEmpty()) {
            return null;
        }
        KnownMerchant merchant = candidates.get(random.nextInt(candidates.size()));
        List<String> aliases = merchant.aliases();
        String text = random.nextDouble() < 0.25 ? merchant.name().toUpperCase(Locale.ROOT)
                : aliases.get(random.nextInt(aliases.size()));
        return new Payee(text, merchant.name(), web(aliases.get(0), region));
    }

    private static boolean tradesIn(KnownMerchant merchant, Region region) {
        String country = merchant.country();
        return country.equals(KnownMerchant.ANY_COUNTRY) || country.equals(region.country())
                || (region == Region.IE && country.equals("GB"));
    }

    /** "JOHN SMITH", "J SMITH", "SMITH J", "MR JOHN SMITH", "Smith, John"... as banks print account holders. */
    private Payee person(Region region, RandomGenerator random) {
        String first = words.pick("FIRST", region, random);
        String last = words.pick("SURNAME", region, random);
        if (region == Region.ES && random.nextBoolean()) {
            last = last + " " + words.pick("SURNAME", region, random);
        }
        String text = switch (random.nextInt(8)) {
            case 0 -> first.charAt(0) + " " + last;
            case 1 -> last + " " + first.charAt(0);
            case 2 -> (random.nextBoolean() ? "MR " : "MS ") + first + " " + last;
            case 3 -> last + ", " + first;
            case 4 -> region == Region.IN ? first : first + " " + last;
            case 5 -> first.charAt(0) + ". " + last;
            default -> first + " " + last;
        };
        return new Payee(text, first + " " + last, null);
    }

    private static String web(String name, Region region) {
        String letters = name.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9 ]", "").trim();
        int space = letters.indexOf(' ');
        String host = space > 0 && space >= 4 ? letters.substring(0, space) : letters.replace(" ", "");
        return host.isEmpty() ? null : host + DOMAINS.get(region);
    }
}
