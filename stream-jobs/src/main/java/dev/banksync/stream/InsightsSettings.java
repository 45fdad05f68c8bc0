package dev.banksync.stream;

import dev.banksync.stream.anomaly.AnomalySettings;
import dev.banksync.stream.categorise.CategoriserFactory;
import dev.banksync.stream.reference.ReferenceDataLoader;
import dev.banksync.stream.state.StateTtl;
import java.time.Duration;
import java.util.Objects;

/**
 * How the {@link InsightsJob} decides: the categoriser, where users' rules, corrections and budgets come from and
 * how often they are polled, the anomaly tuning and the state TTL.
 */
public record InsightsSettings(CategoriserFactory categoriser, ReferenceDataLoader referenceData,
                               Duration referencePollInterval, AnomalySettings anomalies, Duration stateTtl) {

    public static final Duration DEFAULT_POLL_INTERVAL = Duration.ofSeconds(30);

    public InsightsSettings {
        Objects.requireNonNull(categoriser, "categoriser");
        Objects.requireNonNull(referenceData, "referenceData");
        Objects.requireNonNull(referencePollInterval, "referencePollInterval");
        Objects.requireNonNull(anomalies, "anomalies");
        Objects.requireNonNull(stateTtl, "stateTtl");
    }

    /** The baseline categoriser, no reference data, default anomaly tuning and TTL. */
    public static InsightsSettings defaults() {
        return new InsightsSettings(CategoriserFactory.baseline(), ReferenceDataLoader.none(), DEFAULT_POLL_INTERVAL,
                AnomalySettings.DEFAULTS, StateTtl.DEFAULT);
    }

    public InsightsSettings withReferenceData(ReferenceDataLoader loader, Duration pollInterval) {
        return new InsightsSettings(categoriser, loader, pollInterval, anomalies, stateTtl);
    }

    public InsightsSettings withCategoriser(CategoriserFactory factory) {
        return new InsightsSettings(factory, referenceData, referencePollInterval, anomalies, stateTtl);
    }
}
