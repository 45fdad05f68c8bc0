package dev.banksync.ml.personal;

import dev.banksync.core.category.Category;
import dev.banksync.ml.merchant.MerchantNormaliser;

import java.io.Serial;
import java.io.Serializable;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One user's merchant memory: the category they last corrected each merchant to, keyed by the normaliser's
 * merchant key, so "SQ *JOES PIZZA BROOKLYN" and "JOES PIZZA 0042 NEW YORK" are one merchant. It belongs to
 * exactly one user and is consulted only for that user's transactions; a correction never reaches anyone else's.
 *
 * <p>Plain serializable state: a stream job keeps one per user key (or rebuilds it from {@link #entries()} kept in
 * a map state); a caller outside the stream builds one per user from {@code ledger.category_overrides}.
 */
public final class UserCorrections implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    private final String userId;
    private final LinkedHashMap<String, String> categoryByMerchant;

    public UserCorrections(String userId) {
        this(userId, Map.of());
    }

    /** A user's memory rebuilt from merchant keys and categories (as {@link #entries()} gave them). */
    public UserCorrections(String userId, Map<String, String> categoryByMerchantKey) {
        if (userId == null || userId.isBlank()) {
            throw new IllegalArgumentException("userId is required");
        }
        this.userId = userId;
        this.categoryByMerchant = new LinkedHashMap<>();
        categoryByMerchantKey.forEach((key, category) -> categoryByMerchant.put(key, checked(category)));
    }

    public String userId() {
        return userId;
    }

    /**
     * Remembers that the user put a transaction with this description in {@code category} (a PFC primary or
     * detailed name). Returns the merchant key remembered, or empty when the line names no merchant (an ATM
     * withdrawal, a bare reference): such a correction applies to that transaction only.
     */
    public Optional<String> correct(String description, String category) {
        String key = MerchantNormaliser.shipped().normalise(description).merchantKey();
        if (key.isEmpty()) {
            return Optional.empty();
        }
        categoryByMerchant.put(key, checked(category));
        return Optional.of(key);
    }

    public void forget(String merchantKey) {
        categoryByMerchant.remove(merchantKey);
    }

    /** The category this user gave the merchant, if any. */
    public Optional<String> categoryFor(String merchantKey) {
        return merchantKey == null || merchantKey.isEmpty() ? Optional.empty()
                : Optional.ofNullable(categoryByMerchant.get(merchantKey));
    }

    public Map<String, String> entries() {
        return Collections.unmodifiableMap(categoryByMerchant);
    }

    public int size() {
        return categoryByMerchant.size();
    }

    private static String checked(String category) {
        Objects.requireNonNull(category, "category");
        String upper = category.trim().toUpperCase(Locale.ROOT);
        Category.primaryOf(upper); // a clear error for anything outside the PFC taxonomy
        return upper;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof UserCorrections other && userId.equals(other.userId)
                && categoryByMerchant.equals(other.categoryByMerchant);
    }

    @Override
    public int hashCode() {
        return Objects.hash(userId, categoryByMerchant);
    }

    @Override
    public String toString() {
        return "UserCorrections[" + userId + ", " + categoryByMerchant.size() + " merchants]";
    }
}
