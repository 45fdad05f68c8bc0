package dev.banksync.batch.sync.resilience;

import dev.banksync.batch.sync.connector.ConnectorException;
import dev.banksync.batch.sync.connector.ConnectorException.Kind;
import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.github.resilience4j.core.IntervalFunction;
import io.github.resilience4j.ratelimiter.RateLimiter;
import io.github.resilience4j.ratelimiter.RateLimiterConfig;
import io.github.resilience4j.ratelimiter.RequestNotPermitted;
import io.github.resilience4j.retry.Retry;
import io.github.resilience4j.retry.RetryConfig;
import java.time.Duration;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One provider's resilience4j retry, circuit breaker and rate limiter, shared by every connection of that
 * provider. A call goes retry → circuit breaker → rate limiter → provider, so every attempt needs a permit and is
 * seen by the breaker. Only {@link ConnectorException#isRetryable() retryable} failures are retried, and only
 * {@link ConnectorException#isProviderFailure() provider failures} count towards opening the circuit (a user's
 * expired token says nothing about the provider's health).
 */
public final class ProviderGuard {

    private static final Logger LOG = LoggerFactory.getLogger(ProviderGuard.class);

    private final String provider;
    private final ProviderPolicy policy;
    private final Retry retry;
    private final CircuitBreaker breaker;
    private final RateLimiter limiter;
    private final IntervalFunction backoff;

    public ProviderGuard(String provider, ProviderPolicy policy) {
        this.provider = provider;
        this.policy = policy;
        this.backoff = IntervalFunction.ofExponentialRandomBackoff(policy.initialBackoff(),
                policy.backoffMultiplier(), policy.jitter(), policy.maxBackoff());
        this.retry = Retry.of(provider, RetryConfig.custom()
                .maxAttempts(policy.maxAttempts())
                .retryOnException(this::worthRetrying)
                .intervalBiFunction((attempt, outcome) ->
                        waitBeforeRetry(attempt, outcome.isLeft() ? outcome.getLeft() : null).toMillis())
                .build());
        this.breaker = CircuitBreaker.of(provider, CircuitBreakerConfig.custom()
                .failureRateThreshold(policy.failureRatePercent())
                .slidingWindowSize(policy.slidingWindowCalls())
                .minimumNumberOfCalls(policy.minimumCalls())
                .waitDurationInOpenState(policy.openFor())
                .recordException(t -> t instanceof ConnectorException e && e.isProviderFailure())
                .build());
        this.limiter = RateLimiter.of(provider, RateLimiterConfig.custom()
                .limitForPeriod(policy.callsPerSecond())
                .limitRefreshPeriod(Duration.ofSeconds(1))
                .timeoutDuration(policy.maxWaitForPermit())
                .build());
        retry.getEventPublisher().onRetry(e -> LOG.info("{}: attempt {} failed, retrying in {} ms: {}", provider,
                e.getNumberOfRetryAttempts(), e.getWaitInterval().toMillis(), e.getLastThrowable().getMessage()));
        breaker.getEventPublisher().onStateTransition(e -> LOG.warn("{}: circuit {}", provider,
                e.getStateTransition()));
    }

    public String provider() {
        return provider;
    }

    public CircuitBreaker.State circuitState() {
        return breaker.getState();
    }

    /** Runs one provider request under the policy; failures come out as {@link ConnectorException}. */
    public <T> T call(Supplier<T> request) {
        Supplier<T> guarded = Retry.decorateSupplier(retry,
                CircuitBreaker.decorateSupplier(breaker, RateLimiter.decorateSupplier(limiter, request)));
        try {
            return guarded.get();
        } catch (CallNotPermittedException e) {
            throw new ConnectorException(Kind.PROVIDER_UNAVAILABLE, provider + " is failing too often: its circuit"
                    + " is open, no calls for up to " + policy.openFor().toSeconds() + " s", null, e);
        } catch (RequestNotPermitted e) {
            throw new ConnectorException(Kind.PROVIDER_UNAVAILABLE, "no call to " + provider + " allowed within "
                    + policy.maxWaitForPermit().toSeconds() + " s by its rate limit of " + policy.callsPerSecond()
                    + "/s", null, e);
        }
    }

    /** The provider's {@code Retry-After} when it gave one (it knows best), else exponential backoff with jitter. */
    Duration waitBeforeRetry(int attempt, Throwable failure) {
        if (failure instanceof ConnectorException e && e.retryAfter() != null) {
            return e.retryAfter();
        }
        return Duration.ofMillis(backoff.apply(attempt));
    }

    private boolean worthRetrying(Throwable t) {
        if (!(t instanceof ConnectorException e) || !e.isRetryable()) {
            return false;
        }
        return e.retryAfter() == null || e.retryAfter().compareTo(policy.maxRetryAfter()) <= 0;
    }
}
