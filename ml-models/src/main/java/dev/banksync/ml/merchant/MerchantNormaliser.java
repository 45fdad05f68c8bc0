package dev.banksync.ml.merchant;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Turns a raw statement line into clean words, a payee and, where the knowledge base knows it, a merchant:
 * "SQ *BLUE BOTTLE #123 SAN FRANCISCO CA" → Blue Bottle; "CARD PAYMENT TO TESCO STORES 3271 ON 12-04-2024" →
 * Tesco; "UPI/DR/412345678901/SWIGGY/YESB/swiggy@yesbank/Payment" → Swiggy; "SEPA-LASTSCHRIFT VODAFONE GMBH
 * Mandatsref: 1234" → Vodafone. Stateless and thread-safe; the tables are loaded once.
 */
public final class MerchantNormaliser {

    /** Payment facilitators that put their own code before the merchant's name, with a star in between. */
    private static final Set<String> PROCESSORS = Set.of("SQ", "SQU", "SQUARE", "TST", "TOAST", "PAYPAL", "PP", "SP",
            "IZ", "IZETTLE", "ZTL", "SUMUP", "SMP", "PY", "EB", "FS", "CKO", "GOOGLE", "BT", "WPY", "DNH", "PADDLE",
            "STRIPE", "DD", "CLV", "PG", "LS", "GRUBHUB", "RAZ", "RAZORPAY", "CCAVENUE", "PAYU", "BILLDESK");
    private static final int PROCESSOR_WINDOW = 24;

    private final MerchantKnowledgeBase knowledgeBase;
    private final ChannelPhrases channelPhrases = new ChannelPhrases();
    private final Places places = new Places();
    /** Each known merchant's name as tokens, folded once here rather than on every line that names it. */
    private final Map<KnownMerchant, List<String>> nameTokens = new IdentityHashMap<>();

    public MerchantNormaliser(MerchantKnowledgeBase knowledgeBase) {
        this.knowledgeBase = knowledgeBase;
        for (KnownMerchant merchant : knowledgeBase.merchants()) {
            nameTokens.put(merchant, List.copyOf(Tokenizer.split(TextFolding.fold(merchant.name()))));
        }
    }

    /** A normaliser over the shipped knowledge base. */
    public static MerchantNormaliser shipped() {
        return Holder.SHIPPED;
    }

    private static final class Holder {
        static final MerchantNormaliser SHIPPED = new MerchantNormaliser(MerchantKnowledgeBase.shipped());
    }

    public NormalisedDescription normalise(String description) {
        String folded = TextFolding.fold(description);
        String processor = null;
        int star = folded.indexOf('*');
        if (star > 0 && star <= PROCESSOR_WINDOW) {
            List<String> before = Tokenizer.split(folded.substring(0, star));
            if (!before.isEmpty() && PROCESSORS.contains(before.get(before.size() - 1))) {
                processor = before.get(before.size() - 1);
                before.remove(before.size() - 1);
                folded = String.join(" ", before) + " " + folded.substring(star + 1);
            }
        }
        List<String> tokens = Tokenizer.split(folded);
        PhraseIndex.Match<KnownMerchant> kbMatch = knowledgeBase.find(tokens);
        List<String> words = meaningfulWords(tokens);
        RailReference.Parts rail = RailReference.parse(folded);
        PaymentChannel channel = rail != null ? rail.channel() : firstChannel(words);
        KnownMerchant known = kbMatch == null ? null : kbMatch.value();
        // An ATM line names a street or a bank branch, never a payee.
        List<String> payee = rail != null ? railPayee(rail)
                : channel == PaymentChannel.ATM && known == null ? List.of() : scanPayee(words, channel);
        // A payment app is how the money went, not to whom: "ZELLE TO JOHN SMITH" is John Smith's, so that a
        // user's correction of one Zelle payment does not recategorise all of them.
        // (A person has a first and a last name; one leftover word such as "WEB" names nobody.)
        KnownMerchant merchant = known != null && isPaymentApp(known) && payee.size() >= 2
                && !payee.equals(nameTokens.get(known)) ? null : known;
        String key = String.join(" ", merchant != null ? nameTokens.get(merchant) : payee);
        String name = merchant != null ? merchant.name() : payee.isEmpty() ? null : titleCase(payee);
        return new NormalisedDescription(words, key, name, known, channel, processor);
    }

    /**
     * Tokens without references, masks, numbers, dates, times and the month names of "12 APR"-style dates. A word
     * glued to a reference ("PAYTMQR281005050101", "TESCO3271") keeps its word.
     */
    private static List<String> meaningfulWords(List<String> tokens) {
        List<String> words = new ArrayList<>(tokens.size());
        for (int i = 0; i < tokens.size(); i++) {
            String token = tokens.get(i);
            if (NoiseTokens.isNoise(token)) {
                String word = NoiseTokens.wordBeforeDigits(token);
                if (word != null) {
                    words.add(word);
                }
                continue;
            }
            if (NoiseTokens.isMonth(token) && (isNumberAt(tokens, i - 1) || isNumberAt(tokens, i + 1))) {
                continue;
            }
            words.add(token);
        }
        return words;
    }

    private static boolean isNumberAt(List<String> tokens, int i) {
        return i >= 0 && i < tokens.size() && NoiseTokens.isNumber(tokens.get(i)) && tokens.get(i).length() <= 4;
    }

    /** The first channel wording anywhere in the line ("... PPD" marks an ACH entry), or UNKNOWN. */
    private PaymentChannel firstChannel(List<String> words) {
        for (int i = 0; i < words.size(); i++) {
            PhraseIndex.Match<PaymentChannel> phrase = channelPhrases.matchAt(words, i);
            if (phrase != null) {
                return phrase.value();
            }
        }
        return PaymentChannel.UNKNOWN;
    }

    /** Skips channel wording and connectors, takes words up to a terminating key, strips places and legal forms. */
    private List<String> scanPayee(List<String> words, PaymentChannel channel) {
        int start = 0;
        for (int i = 0; i < words.size() - 1; i++) {
            if (PayeeWords.NAME_KEYS.contains(words.get(i))) {
                start = i + 1; // "ORIG CO NAME:GUSTO ... IND NAME:JANE DOE": the first name key names the payee
                break;
            }
        }
        boolean skipping = true;
        while (skipping && start < words.size()) {
            PhraseIndex.Match<PaymentChannel> phrase = channelPhrases.matchAt(words, start);
            if (phrase != null) {
                start = phrase.end();
            } else if ((PayeeWords.LEADING.contains(words.get(start)) || PayeeWords.PURPOSE.contains(words.get(start)))
                    && start + 1 < words.size()) {
                start++;
            } else {
                skipping = false;
            }
        }
        int end = start;
        while (end < words.size() && !PayeeWords.TERMINATING.contains(words.get(end))
                && !PayeeWords.NAME_KEYS.contains(words.get(end))
                && !(end > start && PayeeWords.PURPOSE.contains(words.get(end)))) {
            PhraseIndex.Match<PaymentChannel> phrase = end > start ? channelPhrases.matchAt(words, end) : null;
            if (phrase != null && phrase.length() > 1) {
                break; // "AMAZON PRIME DIRECT DEBIT": the channel wording closes the payee
            }
            end++;
        }
        boolean placeOnly = channel == PaymentChannel.ATM || channel == PaymentChannel.CASH
                || channel == PaymentChannel.CHEQUE;
        end -= places.trailingPlaceTokens(words, placeOnly ? start - 1 : start, end);
        while (end > start + 1 && PayeeWords.LEGAL_FORMS.contains(words.get(end - 1))) {
            end--;
        }
        return new ArrayList<>(words.subList(start, Math.max(start, end)));
    }

    private List<String> railPayee(RailReference.Parts rail) {
        String source = rail.payee() != null ? rail.payee() : rail.handle();
        if (source == null) {
            return List.of();
        }
        List<String> payee = meaningfulWords(Tokenizer.split(source));
        int end = payee.size();
        while (end > 1 && PayeeWords.LEGAL_FORMS.contains(payee.get(end - 1))) {
            end--;
        }
        return new ArrayList<>(payee.subList(0, end));
    }

    private static boolean isPaymentApp(KnownMerchant known) {
        return known.detailed().equals("TRANSFER_OUT_ACCOUNT_TRANSFER");
    }

    static String titleCase(List<String> tokens) {
        StringBuilder out = new StringBuilder();
        for (String token : tokens) {
            if (!out.isEmpty()) {
                out.append(' ');
            }
            if (looksLikeAcronym(token)) {
                out.append(token);
            } else {
                out.append(token.charAt(0)).append(token.substring(1).toLowerCase(java.util.Locale.ROOT));
            }
        }
        return out.toString();
    }

    /** "KFC", "BP", "M&S", "7ELEVEN" stay upper-case; "LA", "DE", "ZARA" become words. */
    private static boolean looksLikeAcronym(String token) {
        boolean vowel = false;
        for (int i = 0; i < token.length(); i++) {
            char c = token.charAt(i);
            if (c == '&' || Character.isDigit(c)) {
                return true;
            }
            vowel |= "AEIOUY".indexOf(c) >= 0;
        }
        return token.length() <= 3 && !vowel;
    }
}
