package dev.banksync.stream.categorise;

import dev.banksync.core.category.Category;
import dev.banksync.core.event.TransactionEvent;
import dev.banksync.ml.categorise.Categoriser;
import dev.banksync.ml.categorise.CategoriserInput;
import dev.banksync.ml.categorise.Prediction;
import dev.banksync.stream.categorise.MerchantNormaliser.Merchant;
import java.util.Objects;

/**
 * Decides one transaction's category, most specific instruction first:
 * <ol>
 * <li>the user's correction of this very transaction (USER): carried by the event that the correction caused, or
 * known from the polled corrections;</li>
 * <li>the user's own rules, by priority (RULE) — explicit instructions about future transactions;</li>
 * <li>the user's merchant memory: the category they last corrected a transaction of this merchant to (USER) —
 * learnt from the correction events themselves at once, and from the polled corrections;</li>
 * <li>global rules (RULE);</li>
 * <li>the categoriser, i.e. the model (MODEL), unless it could not decide at all (DEFAULT, uncategorised).</li>
 * </ol>
 * A correction or rule is certain (confidence 1). Plain Java: the Flink function only feeds it the latest config.
 */
public final class CategoryDecider {

    private final Categoriser categoriser;
    private final MerchantNormaliser normaliser;

    public CategoryDecider(Categoriser categoriser, MerchantNormaliser normaliser) {
        this.categoriser = Objects.requireNonNull(categoriser, "categoriser");
        this.normaliser = Objects.requireNonNull(normaliser, "normaliser");
    }

    /**
     * Decides {@code event}; {@code memory} is its user's merchant memory, which a correction the event carries
     * updates.
     */
    CategorisedTransaction decide(TransactionEvent event, UserCategoryConfig config, MerchantMemory memory)
            throws Exception {
        if (event.isRemoval()) {
            return CategorisedTransaction.removal(event);
        }
        Merchant merchant = normaliser.normalise(merchantText(event));
        String userId = event.userId();
        if (event.userCategory() != null) {
            if (!merchant.key().isEmpty()) {
                memory.put(merchant.key(),
                        new RememberedCategory(event.userCategory(), event.emittedAt().toEpochMilli()));
            }
            return certain(event, event.userCategory(), merchant, DecidedBy.USER);
        }
        String corrected = config.override(userId, event.transactionId());
        if (corrected != null) {
            return certain(event, corrected, merchant, DecidedBy.USER);
        }
        String ruled = firstMatch(config.userRules(userId), event, merchant);
        if (ruled != null) {
            return certain(event, ruled, merchant, DecidedBy.RULE);
        }
        RememberedCategory remembered = merchant.key().isEmpty() ? null
                : RememberedCategory.later(memory.get(merchant.key()), config.remembered(userId, merchant.key()));
        if (remembered != null) {
            return certain(event, remembered.category(), merchant, DecidedBy.USER);
        }
        ruled = firstMatch(config.globalRules(), event, merchant);
        if (ruled != null) {
            return certain(event, ruled, merchant, DecidedBy.RULE);
        }
        Prediction prediction = categoriser.predict(inputOf(event));
        boolean undecided = prediction.category() == null || Category.UNCATEGORISED.equals(prediction.category());
        String name = prediction.merchant() != null ? prediction.merchant() : merchant.name();
        String category = undecided ? Category.UNCATEGORISED : prediction.category();
        return new CategorisedTransaction(event, category, prediction.confidence(),
                undecided || prediction.uncertain(), name, merchant.key(), undecided ? DecidedBy.DEFAULT : DecidedBy.MODEL,
                prediction.modelVersion(), undecided ? null : detailedOf(category, merchant));
    }

    /** The text that names the merchant: the source's merchant field when it has one, else the description. */
    static String merchantText(TransactionEvent event) {
        return event.merchant() != null && !event.merchant().isBlank() ? event.merchant() : event.description();
    }

    static CategoriserInput inputOf(TransactionEvent event) {
        // Card sources give a merchant and no description; statement sources the reverse. The categoriser
        // reads one statement-like text either way.
        String text = event.description() != null ? event.description()
                : event.merchant() != null ? event.merchant() : "";
        return new CategoriserInput(text, event.amountMinor(), event.currency(), event.mcc(), null);
    }

    private static String firstMatch(Iterable<CompiledRule> rules, TransactionEvent event, Merchant merchant) {
        for (CompiledRule rule : rules) {
            if (rule.matches(event, merchant.name())) {
                return rule.row().category();
            }
        }
        return null;
    }

    private static CategorisedTransaction certain(TransactionEvent event, String category, Merchant merchant,
                                                  DecidedBy decidedBy) {
        return new CategorisedTransaction(event, category, 1.0, false, merchant.name(), merchant.key(), decidedBy,
                null, detailedOf(category, merchant));
    }

    /**
     * The detailed category where the data supports one: {@code category} itself when it is detailed (a user's or a
     * rule's choice), else the known merchant's detailed category when it lies under {@code category}; else null.
     */
    static String detailedOf(String category, Merchant merchant) {
        Category primary;
        try {
            primary = Category.primaryOf(category);
        } catch (IllegalArgumentException e) {
            return null; // not a PFC category (a rule may name anything): nothing more to say
        }
        if (!category.equals(primary.name())) {
            return category;
        }
        String known = merchant.knownDetailed();
        return known != null && Category.primaryOf(known) == primary ? known : null;
    }
}
