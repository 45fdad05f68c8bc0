package dev.banksync.batch;

import dev.banksync.batch.reconcile.MatchPolicy;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The matching engine's tolerances under {@code banksync.reconcile.*} (or {@code BANKSYNC_RECONCILE_*}), for
 * banks whose pendings settle later or further from their held amount than the defaults allow. The defaults are
 * {@link MatchPolicy#DEFAULT}; see {@link MatchPolicy} for what each one means.
 */
@ConfigurationProperties("banksync.reconcile")
public record ReconcileProperties(
        @DefaultValue("10") int pendingWindowDays,
        @DefaultValue("0.30") double amountTolerance,
        @DefaultValue("100") long authorisationHoldMinor,
        @DefaultValue("0.5") double minDescriptionScore,
        @DefaultValue("1") int crossSourceDays) {

    /** The policy, validated: a bad value fails start-up with the rule it broke. */
    public MatchPolicy policy() {
        return new MatchPolicy(pendingWindowDays, amountTolerance, authorisationHoldMinor, minDescriptionScore,
                crossSourceDays);
    }
}
