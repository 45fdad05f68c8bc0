package dev.banksync.schedules.retrain;

import dev.banksync.core.category.Category;
import dev.banksync.ml.corpus.LabelledTransaction;
import dev.banksync.ml.merchant.MerchantNormaliser;
import dev.banksync.schedules.retrain.FoldedCorrections.MerchantVerdict;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Turns many users' corrections into training rows for the global model. A merchant (the normaliser's merchant
 * key, so differently written lines of one shop are one merchant) is folded only when at least {@code minUsers}
 * distinct users corrected it to the same primary category, and those users are at least {@code minAgreement} of
 * all users who corrected it: one user - or a handful of users against the crowd - cannot steer the global model.
 * Each user counts once per merchant, with their latest correction (a user who changed their mind is not two votes).
 * Only the corrections of agreeing users become rows; nothing here touches any user's own history.
 */
public final class CorrectionsFolding {

    static final String STYLE_PREFIX = "correction/";

    private final MerchantNormaliser normaliser;
    private final int minUsers;
    private final double minAgreement;

    public CorrectionsFolding(MerchantNormaliser normaliser, int minUsers, double minAgreement) {
        if (minUsers < 1) {
            throw new IllegalArgumentException("minUsers must be at least 1, was " + minUsers);
        }
        if (minAgreement <= 0.5 || minAgreement > 1.0) {
            throw new IllegalArgumentException("minAgreement must be in (0.5, 1], was " + minAgreement);
        }
        this.normaliser = normaliser;
        this.minUsers = minUsers;
        this.minAgreement = minAgreement;
    }

    public FoldedCorrections fold(List<Correction> corrections) {
        // merchant key -> user -> that user's latest correction (sorted maps: a deterministic order of rows)
        Map<String, Map<String, Correction>> latest = new TreeMap<>();
        int unkeyed = 0;
        for (Correction c : corrections) {
            String key = normaliser.normalise(c.description()).merchantKey();
            if (key.isEmpty()) {
                unkeyed++;
                continue;
            }
            latest.computeIfAbsent(key, k -> new TreeMap<>()).merge(c.userId(), c,
                    (a, b) -> b.correctedAt().isAfter(a.correctedAt()) ? b : a);
        }
        List<LabelledTransaction> examples = new ArrayList<>();
        List<MerchantVerdict> folded = new ArrayList<>();
        List<MerchantVerdict> notFolded = new ArrayList<>();
        latest.forEach((key, byUser) -> {
            Map<Category, List<Correction>> byCategory = byUser.values().stream().collect(Collectors.groupingBy(
                    c -> Category.primaryOf(c.category()), LinkedHashMap::new, Collectors.toList()));
            Map.Entry<Category, List<Correction>> leading = byCategory.entrySet().stream()
                    .max(Comparator.comparingInt((Map.Entry<Category, List<Correction>> e) -> e.getValue().size())
                            .thenComparing(e -> e.getKey().name(), Comparator.reverseOrder()))
                    .orElseThrow();
            int agreeing = leading.getValue().size();
            int users = byUser.size();
            String category = leading.getKey().name();
            if (agreeing < minUsers) {
                notFolded.add(new MerchantVerdict(key, category, agreeing, users,
                        agreeing + " user(s) agree, " + minUsers + " needed"));
            } else if (agreeing < minAgreement * users) {
                notFolded.add(new MerchantVerdict(key, category, agreeing, users,
                        "conflicting: only " + agreeing + " of " + users + " users agree"));
            } else {
                folded.add(new MerchantVerdict(key, category, agreeing, users, "folded"));
                leading.getValue().forEach(c -> examples.add(example(c, leading.getKey(), key)));
            }
        });
        return new FoldedCorrections(examples, folded, notFolded, unkeyed);
    }

    private static LabelledTransaction example(Correction c, Category primary, String merchantKey) {
        String upper = c.category().trim().toUpperCase(Locale.ROOT);
        String detailed = upper.equals(primary.name()) ? null : upper;
        return new LabelledTransaction(c.description(), c.amountMinor(), c.currency(), c.mcc(), null, primary.name(),
                detailed, STYLE_PREFIX + merchantKey);
    }
}
