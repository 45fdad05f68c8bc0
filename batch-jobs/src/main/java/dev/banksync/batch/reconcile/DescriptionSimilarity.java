package dev.banksync.batch.reconcile;

import java.text.Normalizer;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * How much two statement descriptions name the same merchant. Banks wrap the merchant's descriptor in noise:
 * how the money moved ("PAIEMENT CB", "POS DEBIT", "KARTENZAHLUNG"), card masks, store numbers, dates, the
 * user's own city. So it compares words of three letters or more, ignores the words that only say how the money
 * moved, and weighs the rest by rarity among the descriptions being compared (a city on every line of one user's
 * statement weighs almost nothing; the merchant's name weighs a lot). The score is the weight of the shared
 * words over the weight of the smaller description's words: 1 when one description is inside the other, as a
 * pending's bare descriptor is inside its posting's full line.
 */
public final class DescriptionSimilarity {

    /** Words that say how money moved, in the languages of the banks we read, never whom it went to. */
    private static final Set<String> HOW_NOT_WHO = Set.of("pos", "debit", "credit", "card", "purchase", "payment",
            "checkcard", "visa", "mastercard", "contactless", "online", "transfer", "paiement", "carte",
            "prelevement", "virement", "recu", "emis", "retrait", "kartenzahlung", "lastschrift", "ueberweisung",
            "gutschrift", "sepa", "compra", "tarjeta", "recibo", "transferencia", "pago", "betaalautomaat",
            "incasso", "overboeking", "upi", "neft", "imps", "rtgs", "ach", "the", "and");

    private static final Pattern WHITESPACE = Pattern.compile("\\s+");
    private static final Pattern NOT_LETTERS = Pattern.compile("[^\\p{L}]+");

    private final Map<String, Integer> documentFrequency = new HashMap<>();
    /** Each description's words, split once: a batch compares the same few descriptions in many pairs. */
    private final Map<String, Set<String>> wordsOf = new HashMap<>();
    private final int documents;

    private DescriptionSimilarity(Collection<String> descriptions) {
        Set<String> distinct = new HashSet<>(descriptions);
        distinct.forEach(d -> wordsOf(d).forEach(w -> documentFrequency.merge(w, 1, Integer::sum)));
        this.documents = distinct.size();
    }

    /** A similarity whose word weights come from these descriptions (those of the candidates being compared). */
    public static DescriptionSimilarity over(Collection<String> descriptions) {
        return new DescriptionSimilarity(descriptions);
    }

    /** 0 (nothing meaningful in common) to 1 (one description's meaningful words all occur in the other). */
    public double score(String a, String b) {
        Set<String> left = wordsOf(a);
        Set<String> right = wordsOf(b);
        double leftWeight = weight(left);
        double rightWeight = weight(right);
        if (leftWeight == 0 || rightWeight == 0) {
            return 0;
        }
        Set<String> shared = new HashSet<>(left);
        shared.retainAll(right);
        return weight(shared) / Math.min(leftWeight, rightWeight);
    }

    /** Merchant names agree when both are known and equal apart from case and spacing. */
    public static boolean sameMerchant(String a, String b) {
        return known(a) && known(b) && normalise(a).equals(normalise(b));
    }

    /** Both merchants are known and they are not the same one. */
    public static boolean differentMerchants(String a, String b) {
        return known(a) && known(b) && !normalise(a).equals(normalise(b));
    }

    private double weight(Set<String> words) {
        double total = 0;
        for (String w : words) {
            int df = Math.max(1, documentFrequency.getOrDefault(w, 1));
            total += Math.log((documents + 1.0) / df);
        }
        return total;
    }

    private Set<String> wordsOf(String description) {
        return wordsOf.computeIfAbsent(description, DescriptionSimilarity::words);
    }

    static Set<String> words(String description) {
        Set<String> words = new HashSet<>();
        if (description == null) {
            return words;
        }
        for (String token : NOT_LETTERS.split(normalise(description))) {
            if (token.length() >= 3 && !HOW_NOT_WHO.contains(token)) {
                words.add(token);
            }
        }
        return words;
    }

    private static boolean known(String merchant) {
        return merchant != null && !merchant.isBlank();
    }

    private static String normalise(String s) {
        return WHITESPACE.matcher(Normalizer.normalize(s, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT))
                .replaceAll(" ").strip();
    }
}
