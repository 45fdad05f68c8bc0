package dev.banksync.batch.reconcile;

import java.text.Normalizer;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * How much two statement descriptions name the same merchant. Banks wrap the merchant's descriptor in noise
 * (processor prefixes, card masks, store numbers, dates, references), and a pending often shows the bare
 * descriptor while its posting shows the full line; so this compares the words of three letters or more and
 * divides the overlap by the smaller set (containment), which is 1 when one description is inside the other.
 */
public final class DescriptionSimilarity {

    private DescriptionSimilarity() {
    }

    /** 0 (nothing in common, or no words) to 1 (one description's words all occur in the other). */
    public static double score(String a, String b) {
        Set<String> left = words(a);
        Set<String> right = words(b);
        if (left.isEmpty() || right.isEmpty()) {
            return 0;
        }
        Set<String> smaller = left.size() <= right.size() ? left : right;
        Set<String> larger = smaller == left ? right : left;
        long common = smaller.stream().filter(larger::contains).count();
        return (double) common / smaller.size();
    }

    /** Merchant names agree when both are known and equal apart from case and spacing. */
    public static boolean sameMerchant(String a, String b) {
        return a != null && b != null && !a.isBlank() && normalise(a).equals(normalise(b));
    }

    static Set<String> words(String description) {
        Set<String> words = new HashSet<>();
        if (description == null) {
            return words;
        }
        for (String token : normalise(description).split("[^\\p{L}]+")) {
            if (token.length() >= 3) {
                words.add(token);
            }
        }
        return words;
    }

    private static String normalise(String s) {
        return Normalizer.normalize(s, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").strip();
    }
}
