package dev.banksync.stream.categorise;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Turns a statement's merchant text into a stable key and a display name: "SQ *BLUE BOTTLE #123 SAN FRANCISCO CA"
 * → BLUE BOTTLE / "Blue Bottle", "POS 1234 TESCO STORES 3271" → TESCO STORES, "AMZN Mktp US*2K4" → AMAZON. The key
 * is what per-user memory (corrections, first-time merchants, recurring streams, duplicates) is keyed by, so it
 * must be the same for every charge of one merchant; it errs on the side of keeping words. The model's own
 * normalised merchant, when it gives one, is preferred for display (see {@link CategoryDecider}).
 */
public final class MerchantNormaliser {

    /** The clean merchant: {@code key} upper case (empty when the text names none), {@code name} for people. */
    public record Merchant(String key, String name) {
    }

    private static final int MAX_WORDS = 3;

    /** Card-network and bank wording in front of the merchant. */
    private static final Pattern CHANNEL_PREFIX = Pattern.compile(
            "^(POS|CARD PAYMENT TO|CARD PAYMENT|DEBIT CARD PURCHASE|PURCHASE AUTHORIZED ON|PURCHASE|CONTACTLESS"
                    + "|VISA DEBIT|VISA|MASTERCARD|DIRECT DEBIT|DD|BILL PAYMENT|RECURRING PAYMENT|CHECKCARD)\\b\\s*");
    /** A payment facilitator's code before a star: "SQ *", "TST* ", "PAYPAL *". */
    private static final Pattern PROCESSOR_PREFIX = Pattern.compile(
            "^(SQ|SQU|TST|PAYPAL|PP|SP|IZ|ZTL|SUMUP|SMP|PY|STRIPE|GOOGLE|APPLE PAY)\\s*\\*\\s*");
    private static final Pattern WEB_SUFFIX = Pattern.compile("\\.(COM|NET|ORG|CO\\.UK|CO|IO|DE|FR)\\b.*$");
    private static final Pattern TOKEN_SPLIT = Pattern.compile("[\\s,;:/|_]+");
    private static final Pattern EDGE_PUNCTUATION = Pattern.compile("^[^A-Z0-9&']+|[^A-Z0-9&']+$");
    private static final Pattern MASK = Pattern.compile("X{3,}.*|\\*+.*");
    private static final Map<String, String> ALIASES = Map.of(
            "AMZN", "AMAZON", "AMZN MKTP", "AMAZON", "AMZN MKTP US", "AMAZON", "AMAZON MKTPLACE", "AMAZON",
            "AMAZON MKTP", "AMAZON", "AMZN DIGITAL", "AMAZON DIGITAL");

    public Merchant normalise(String text) {
        if (text == null || text.isBlank()) {
            return new Merchant("", null);
        }
        String upper = text.toUpperCase(Locale.ROOT).trim();
        upper = CHANNEL_PREFIX.matcher(upper).replaceFirst("");
        upper = PROCESSOR_PREFIX.matcher(upper).replaceFirst("");
        int star = upper.indexOf('*');
        if (star > 0) {
            upper = upper.substring(0, star); // what follows a star mid-text is the processor's reference
        }
        upper = WEB_SUFFIX.matcher(upper).replaceFirst("");
        List<String> words = new ArrayList<>();
        for (String token : TOKEN_SPLIT.split(upper)) {
            String word = EDGE_PUNCTUATION.matcher(token).replaceAll("");
            if (word.isEmpty() || isNoise(token)) {
                if (!words.isEmpty() && !word.isEmpty()) {
                    break; // a store number or reference ends the name: what follows is place and noise
                }
                continue;
            }
            words.add(word);
            if (words.size() == MAX_WORDS) {
                break;
            }
        }
        String key = String.join(" ", words);
        key = ALIASES.getOrDefault(key, key);
        return new Merchant(key, key.isEmpty() ? null : titleCase(key));
    }

    /** Store numbers, references, card masks and dates: tokens with digits, '#' or masking characters. */
    private static boolean isNoise(String token) {
        for (int i = 0; i < token.length(); i++) {
            char c = token.charAt(i);
            if (Character.isDigit(c) || c == '#') {
                return true;
            }
        }
        return MASK.matcher(token).matches();
    }

    private static String titleCase(String key) {
        StringBuilder name = new StringBuilder(key.length());
        boolean start = true;
        for (char c : key.toCharArray()) {
            name.append(start ? c : Character.toLowerCase(c));
            start = c == ' ' || c == '-' || c == '&';
        }
        return name.toString();
    }
}
