package dev.banksync.batch.sync;

import dev.banksync.batch.sync.ConnectionSync.SyncLimits;
import dev.banksync.batch.sync.resilience.ProviderPolicy;
import java.net.URI;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the bank sync under {@code banksync.sync.*}; every one has a default that works locally.
 *
 * @param parallelism    connections synced at the same time
 * @param pagesPerCommit provider pages reconciled per database transaction
 */
@ConfigurationProperties("banksync.sync")
public record SyncProperties(
        @DefaultValue("4") int parallelism,
        @DefaultValue("8") int pagesPerCommit,
        @DefaultValue("10") int maxPaginationRestarts,
        @DefaultValue Retry retry,
        @DefaultValue Circuit circuit,
        @DefaultValue RateLimit rateLimit,
        @DefaultValue Sandbox sandbox) {

    public record Retry(@DefaultValue("6") int maxAttempts, @DefaultValue("200ms") Duration initialBackoff,
                        @DefaultValue("10s") Duration maxBackoff, @DefaultValue("60s") Duration maxRetryAfter) {
    }

    public record Circuit(@DefaultValue("50") float failureRatePercent, @DefaultValue("20") int slidingWindowCalls,
                          @DefaultValue("10") int minimumCalls, @DefaultValue("30s") Duration openFor) {
    }

    public record RateLimit(@DefaultValue("20") int perSecond, @DefaultValue("30s") Duration maxWait) {
    }

    /**
     * The sandbox bank as a provider: registered (as {@code sandbox}, and as the window provider
     * {@code sandbox-window}) only when {@code url} is set.
     */
    public record Sandbox(URI url, @DefaultValue("5s") Duration connectTimeout,
                          @DefaultValue("30s") Duration requestTimeout, @DefaultValue("500") int pageSize) {
    }

    public SyncLimits limits() {
        return new SyncLimits(pagesPerCommit, maxPaginationRestarts);
    }

    public ProviderPolicy policy() {
        return new ProviderPolicy(retry.maxAttempts(), retry.initialBackoff(), 2.0, 0.5, retry.maxBackoff(),
                retry.maxRetryAfter(), circuit.failureRatePercent(), circuit.slidingWindowCalls(),
                circuit.minimumCalls(), circuit.openFor(), rateLimit.perSecond(), rateLimit.maxWait());
    }
}
