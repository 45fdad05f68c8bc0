package dev.banksync.ml.corpus;

import dev.banksync.core.category.Category;
import dev.banksync.ml.categorise.CategoriserInput;

import java.util.Objects;

/**
 * One labelled statement line of a corpus: what a categoriser sees plus the PFC primary and, where the source knows
 * it, the detailed category. {@code style} says which generator, region and kind of line made it (for error
 * analysis; never a feature).
 */
public record LabelledTransaction(String description, long amountMinor, String currency, String mcc, String country,
                                  String category, String detailed, String style) {

    public LabelledTransaction {
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(currency, "currency");
        Category.parse(category);
        if (detailed != null && Category.primaryOf(detailed) != Category.parse(category)) {
            throw new IllegalArgumentException(detailed + " is not under " + category);
        }
    }

    public CategoriserInput input() {
        return new CategoriserInput(description, amountMinor, currency, mcc, country);
    }
}
