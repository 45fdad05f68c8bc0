package dev.banksync.stream.reference;

import java.util.List;
import java.util.Objects;

/**
 * Everything the job reads from the database that users and operators change while it runs: categorisation rules,
 * category corrections, budgets and the model registry's active categoriser version (null: none active), as one
 * snapshot. The poll source sends a fresh snapshot periodically; operators keep the latest in broadcast state, so
 * a change reaches the running job without a restart.
 */
public record ReferenceData(List<RuleRow> rules, List<OverrideRow> overrides, List<BudgetRow> budgets,
                            long loadedAtMillis, String activeModelVersion) {

    public static final ReferenceData EMPTY = new ReferenceData(List.of(), List.of(), List.of(), 0);

    /** A snapshot without a registry model. */
    public ReferenceData(List<RuleRow> rules, List<OverrideRow> overrides, List<BudgetRow> budgets,
                         long loadedAtMillis) {
        this(rules, overrides, budgets, loadedAtMillis, null);
    }

    public ReferenceData {
        rules = List.copyOf(Objects.requireNonNull(rules, "rules"));
        overrides = List.copyOf(Objects.requireNonNull(overrides, "overrides"));
        budgets = List.copyOf(Objects.requireNonNull(budgets, "budgets"));
    }

    /** Whether the configuration differs from {@code other}'s (the load time aside). */
    public boolean sameContentAs(ReferenceData other) {
        return other != null && rules.equals(other.rules) && overrides.equals(other.overrides)
                && budgets.equals(other.budgets) && Objects.equals(activeModelVersion, other.activeModelVersion);
    }
}
