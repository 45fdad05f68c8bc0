package dev.banksync.stream.categorise;

import static dev.banksync.core.category.Category.BANK_FEES;
import static dev.banksync.core.category.Category.ENTERTAINMENT;
import static dev.banksync.core.category.Category.FOOD_AND_DRINK;
import static dev.banksync.core.category.Category.GENERAL_MERCHANDISE;
import static dev.banksync.core.category.Category.GENERAL_SERVICES;
import static dev.banksync.core.category.Category.GOVERNMENT_AND_NON_PROFIT;
import static dev.banksync.core.category.Category.HOME_IMPROVEMENT;
import static dev.banksync.core.category.Category.INCOME;
import static dev.banksync.core.category.Category.LOAN_PAYMENTS;
import static dev.banksync.core.category.Category.MEDICAL;
import static dev.banksync.core.category.Category.PERSONAL_CARE;
import static dev.banksync.core.category.Category.RENT_AND_UTILITIES;
import static dev.banksync.core.category.Category.TRANSFER_IN;
import static dev.banksync.core.category.Category.TRANSFER_OUT;
import static dev.banksync.core.category.Category.TRANSPORTATION;
import static dev.banksync.core.category.Category.TRAVEL;

import dev.banksync.core.category.Category;
import dev.banksync.ml.categorise.Categoriser;
import dev.banksync.ml.categorise.CategoriserInput;
import dev.banksync.ml.categorise.Prediction;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The rules-only categoriser the stream job starts with: the card network's merchant category code (MCC) by
 * group, then a few unambiguous description keywords, else an explicit {@link Category#UNCATEGORISED} marked
 * uncertain — never a guess dressed as a fact. The trained model replaces it through {@link CategoriserFactory}.
 */
public final class BaselineCategoriser implements Categoriser {

    public static final String VERSION = "baseline-rules-1";

    private static final double MCC_CONFIDENCE = 0.8;
    private static final double KEYWORD_CONFIDENCE = 0.7;
    private static final Pattern FOUR_DIGITS = Pattern.compile("\\d{4}");

    /**
     * Whole-word keywords with the category for money out and for money in (null: the rule says nothing in that
     * direction); first match wins.
     */
    private static final List<KeywordRule> KEYWORDS = List.of(
            new KeywordRule("SALARY|PAYROLL|WAGES|PENSION|DIVIDEND", null, INCOME),
            new KeywordRule("INTEREST", BANK_FEES, INCOME),
            new KeywordRule("FEE|FEES|OVERDRAFT", BANK_FEES, BANK_FEES),
            new KeywordRule("RENT", RENT_AND_UTILITIES, INCOME),
            new KeywordRule("MORTGAGE|LOAN", LOAN_PAYMENTS, TRANSFER_IN),
            new KeywordRule("ATM|CASH WITHDRAWAL", TRANSFER_OUT, TRANSFER_IN),
            new KeywordRule("TRANSFER|TFR|NEFT|IMPS|STANDING ORDER", TRANSFER_OUT, TRANSFER_IN));

    /** ISO 18245 MCC ranges by group; specific ranges before the broad retail ones they sit in. */
    private static final List<MccRange> MCC_RANGES = List.of(
            new MccRange(3000, 3299, TRAVEL),                  // airlines
            new MccRange(3351, 3441, TRAVEL),                  // car rental
            new MccRange(3501, 3999, TRAVEL),                  // hotels
            new MccRange(4011, 4131, TRANSPORTATION),          // rail, commuter transport, taxis, buses
            new MccRange(4511, 4511, TRAVEL),
            new MccRange(4722, 4722, TRAVEL),
            new MccRange(4784, 4784, TRANSPORTATION),          // tolls
            new MccRange(4812, 4900, RENT_AND_UTILITIES),      // telecom, cable, utilities
            new MccRange(5200, 5299, HOME_IMPROVEMENT),
            new MccRange(5411, 5499, FOOD_AND_DRINK),          // groceries, bakeries
            new MccRange(5541, 5542, TRANSPORTATION),          // fuel
            new MccRange(5811, 5814, FOOD_AND_DRINK),          // restaurants, bars, fast food
            new MccRange(5815, 5818, ENTERTAINMENT),           // digital goods
            new MccRange(5912, 5912, MEDICAL),                 // pharmacies
            new MccRange(5977, 5977, PERSONAL_CARE),
            new MccRange(6010, 6011, TRANSFER_OUT),            // cash withdrawals
            new MccRange(6300, 6399, GENERAL_SERVICES),        // insurance
            new MccRange(7011, 7011, TRAVEL),
            new MccRange(7230, 7230, PERSONAL_CARE),
            new MccRange(7297, 7298, PERSONAL_CARE),
            new MccRange(7832, 7841, ENTERTAINMENT),
            new MccRange(7911, 7999, ENTERTAINMENT),
            new MccRange(8011, 8099, MEDICAL),
            new MccRange(8211, 8299, GENERAL_SERVICES),        // education
            new MccRange(8398, 8398, GOVERNMENT_AND_NON_PROFIT),
            new MccRange(9211, 9402, GOVERNMENT_AND_NON_PROFIT),
            new MccRange(5300, 5999, GENERAL_MERCHANDISE));

    @Override
    public Prediction predict(CategoriserInput input) {
        // The MCC is structured data the card network assigned: trust it before words in a free-text description.
        Integer mcc = parseMcc(input.mcc());
        if (mcc != null) {
            for (MccRange range : MCC_RANGES) {
                if (range.contains(mcc)) {
                    return decided(range.category(), MCC_CONFIDENCE);
                }
            }
        }
        String text = input.description().toUpperCase(Locale.ROOT);
        boolean outflow = input.amountMinor() < 0;
        for (KeywordRule rule : KEYWORDS) {
            Category category = outflow ? rule.outflow() : rule.inflow();
            if (category != null && rule.pattern().matcher(text).find()) {
                return decided(category, KEYWORD_CONFIDENCE);
            }
        }
        return new Prediction(Category.UNCATEGORISED, 0.0, true, null, VERSION);
    }

    @Override
    public String version() {
        return VERSION;
    }

    private static Prediction decided(Category category, double confidence) {
        return new Prediction(category.name(), confidence, false, null, VERSION);
    }

    private static Integer parseMcc(String mcc) {
        if (mcc == null) {
            return null;
        }
        String code = mcc.trim();
        // String.matches would compile its pattern on every call, and this runs for every event
        return FOUR_DIGITS.matcher(code).matches() ? Integer.valueOf(code) : null;
    }

    private record KeywordRule(Pattern pattern, Category outflow, Category inflow) {

        KeywordRule(String words, Category outflow, Category inflow) {
            this(Pattern.compile("\\b(" + words + ")\\b"), outflow, inflow);
        }
    }

    private record MccRange(int from, int to, Category category) {

        boolean contains(int mcc) {
            return mcc >= from && mcc <= to;
        }
    }
}
