package dev.banksync.batch.sync.resilience;

import java.time.Duration;

/**
 * How gently banksync treats one provider: retries with exponential backoff and jitter (a provider's
 * {@code Retry-After} wins over the backoff), a circuit breaker that stops calling a provider that keeps failing,
 * and a rate limit on our calls.
 *
 * @param maxAttempts          calls per request, the first included
 * @param initialBackoff       the wait before the first retry
 * @param backoffMultiplier    each further wait is this much longer
 * @param jitter               each wait varies randomly by up to this fraction (0.5 = ±50 %)
 * @param maxBackoff           no backoff wait is longer
 * @param maxRetryAfter        a {@code Retry-After} longer than this is not waited for: the request fails
 * @param failureRatePercent   the circuit opens when this share of recent calls failed…
 * @param slidingWindowCalls   …among this many recent calls…
 * @param minimumCalls         …once at least this many were made
 * @param openFor              how long an open circuit refuses calls before letting a few through
 * @param callsPerSecond       our own rate limit towards the provider
 * @param maxWaitForPermit     how long a call may wait for the rate limit before it fails
 */
public record ProviderPolicy(int maxAttempts, Duration initialBackoff, double backoffMultiplier, double jitter,
                             Duration maxBackoff, Duration maxRetryAfter, float failureRatePercent,
                             int slidingWindowCalls, int minimumCalls, Duration openFor, int callsPerSecond,
                             Duration maxWaitForPermit) {

    public static final ProviderPolicy DEFAULT = new ProviderPolicy(6, Duration.ofMillis(200), 2.0, 0.5,
            Duration.ofSeconds(10), Duration.ofSeconds(60), 50f, 20, 10, Duration.ofSeconds(30), 20,
            Duration.ofSeconds(30));

    public ProviderPolicy {
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("maxAttempts must be >= 1");
        }
        if (backoffMultiplier < 1 || jitter < 0 || jitter >= 1) {
            throw new IllegalArgumentException("backoffMultiplier must be >= 1 and jitter in [0, 1)");
        }
        if (callsPerSecond < 1 || slidingWindowCalls < 1 || minimumCalls < 1) {
            throw new IllegalArgumentException("callsPerSecond, slidingWindowCalls and minimumCalls must be >= 1");
        }
    }

    public ProviderPolicy withBackoff(Duration initial, Duration max) {
        return new ProviderPolicy(maxAttempts, initial, backoffMultiplier, jitter, max, maxRetryAfter,
                failureRatePercent, slidingWindowCalls, minimumCalls, openFor, callsPerSecond, maxWaitForPermit);
    }

    public ProviderPolicy withMaxAttempts(int attempts) {
        return new ProviderPolicy(attempts, initialBackoff, backoffMultiplier, jitter, maxBackoff, maxRetryAfter,
                failureRatePercent, slidingWindowCalls, minimumCalls, openFor, callsPerSecond, maxWaitForPermit);
    }

    public ProviderPolicy withCircuit(float failurePercent, int window, int minimum, Duration open) {
        return new ProviderPolicy(maxAttempts, initialBackoff, backoffMultiplier, jitter, maxBackoff, maxRetryAfter,
                failurePercent, window, minimum, open, callsPerSecond, maxWaitForPermit);
    }

    public ProviderPolicy withRateLimit(int perSecond, Duration maxWait) {
        return new ProviderPolicy(maxAttempts, initialBackoff, backoffMultiplier, jitter, maxBackoff, maxRetryAfter,
                failureRatePercent, slidingWindowCalls, minimumCalls, openFor, perSecond, maxWait);
    }
}
