package dev.banksync.stream.categorise;

import dev.banksync.stream.reference.OverrideRow;
import dev.banksync.stream.reference.ReferenceData;
import dev.banksync.stream.reference.RuleRow;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The categorisation part of a {@link ReferenceData} snapshot, indexed for lookups per event: each user's rules
 * and the global rules in priority order, each corrected transaction, and each user's merchant memory (the latest
 * correction per merchant key). A rule that cannot be compiled is left out and logged by id, never guessed at.
 */
final class UserCategoryConfig {

    private static final Logger LOG = LoggerFactory.getLogger(UserCategoryConfig.class);

    static final UserCategoryConfig EMPTY = new UserCategoryConfig(ReferenceData.EMPTY, new MerchantNormaliser());

    private final ReferenceData source;
    private final List<CompiledRule> globalRules = new ArrayList<>();
    private final Map<String, List<CompiledRule>> rulesByUser = new HashMap<>();
    private final Map<String, String> overrideByTransaction = new HashMap<>();
    private final Map<String, Map<String, RememberedCategory>> memoryByUser = new HashMap<>();

    UserCategoryConfig(ReferenceData data, MerchantNormaliser normaliser) {
        this.source = data;
        for (RuleRow row : data.rules()) { // already ordered by priority, then id
            CompiledRule rule;
            try {
                rule = CompiledRule.of(row);
            } catch (IllegalArgumentException e) {
                LOG.warn("Skipping categorisation {}", e.getMessage());
                continue;
            }
            if (row.userId() == null) {
                globalRules.add(rule);
            } else {
                rulesByUser.computeIfAbsent(row.userId(), u -> new ArrayList<>()).add(rule);
            }
        }
        for (OverrideRow row : data.overrides()) { // the later correction of a merchant wins
            overrideByTransaction.put(transactionKey(row.userId(), row.transactionId()), row.category());
            String merchantKey = normaliser.normalise(row.merchantText()).key();
            if (!merchantKey.isEmpty()) {
                memoryByUser.computeIfAbsent(row.userId(), u -> new HashMap<>())
                        .merge(merchantKey, new RememberedCategory(row.category(), row.createdAtMillis()),
                                RememberedCategory::later);
            }
        }
    }

    ReferenceData source() {
        return source;
    }

    /** The user's correction of this very transaction, or null. */
    String override(String userId, String transactionId) {
        return overrideByTransaction.get(transactionKey(userId, transactionId));
    }

    /** The category the user last corrected a transaction of this merchant to, and when, or null. */
    RememberedCategory remembered(String userId, String merchantKey) {
        Map<String, RememberedCategory> memory = memoryByUser.get(userId);
        return memory == null || merchantKey.isEmpty() ? null : memory.get(merchantKey);
    }

    List<CompiledRule> userRules(String userId) {
        return rulesByUser.getOrDefault(userId, List.of());
    }

    List<CompiledRule> globalRules() {
        return globalRules;
    }

    private static String transactionKey(String userId, String transactionId) {
        return userId + '\u0000' + transactionId;
    }
}
