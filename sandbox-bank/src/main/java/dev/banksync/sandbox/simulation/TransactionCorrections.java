package dev.banksync.sandbox.simulation;

import dev.banksync.sandbox.ledger.SimTransaction;
import dev.banksync.sandbox.random.Draw;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * The corrections banks make to posted transactions days later: a cleaned-up description or a resolved merchant
 * name, an amount adjustment, a booking date moved back a day.
 */
final class TransactionCorrections {

    SimTransaction correct(SimTransaction posted, SplittableRandom rng) {
        return switch (rng.nextInt(3)) {
            case 0 -> describeBetter(posted);
            case 1 -> posted.withAmount(adjusted(posted.amountMinor(), rng));
            default -> posted.withDate(posted.date().minusDays(1));
        };
    }

    private static SimTransaction describeBetter(SimTransaction t) {
        // drop tokens with digits (store numbers, references, dates) the way enrichment does
        String cleaned = t.name().replaceAll("\\S*\\d\\S*", " ").replaceAll("\\s+", " ").trim();
        if (cleaned.isEmpty()) {
            cleaned = t.name();
        }
        String merchant = t.merchantName() != null ? t.merchantName() : titleCase(cleaned);
        return t.withDescription(cleaned, merchant);
    }

    private static long adjusted(long amountMinor, SplittableRandom rng) {
        long magnitude = Math.abs(amountMinor);
        long delta = Math.max(1, Math.round(magnitude * Draw.between(rng, 0.01, 0.05)));
        boolean lower = Draw.chance(rng, 0.5) && magnitude > delta;
        long corrected = lower ? magnitude - delta : magnitude + delta;
        return amountMinor < 0 ? -corrected : corrected;
    }

    private static String titleCase(String s) {
        StringBuilder out = new StringBuilder(s.length());
        boolean start = true;
        for (char c : s.toLowerCase(Locale.ROOT).toCharArray()) {
            out.append(start ? Character.toUpperCase(c) : c);
            start = !Character.isLetterOrDigit(c);
        }
        return out.toString();
    }
}
