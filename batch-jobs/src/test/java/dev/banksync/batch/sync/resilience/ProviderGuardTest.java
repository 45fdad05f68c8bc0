package dev.banksync.batch.sync.resilience;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.banksync.batch.sync.connector.ConnectorException;
import dev.banksync.batch.sync.connector.ConnectorException.Kind;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class ProviderGuardTest {

    private static final ProviderPolicy QUICK = ProviderPolicy.DEFAULT
            .withBackoff(Duration.ofMillis(1), Duration.ofMillis(2)).withMaxAttempts(4);

    @Test
    void transientFailuresAreRetriedUntilTheCallSucceeds() {
        AtomicInteger calls = new AtomicInteger();
        ProviderGuard guard = new ProviderGuard("p", QUICK);

        String page = guard.call(() -> {
            if (calls.incrementAndGet() < 3) {
                throw new ConnectorException(Kind.TRANSIENT, "HTTP 503");
            }
            return "page";
        });

        assertThat(page).isEqualTo("page");
        assertThat(calls).hasValue(3);
    }

    @Test
    void afterTheLastAttemptTheProvidersOwnFailureComesOut() {
        AtomicInteger calls = new AtomicInteger();
        ProviderGuard guard = new ProviderGuard("p", QUICK);

        assertThatThrownBy(() -> guard.call(() -> {
            calls.incrementAndGet();
            throw new ConnectorException(Kind.TRANSIENT, "HTTP 502 from p");
        })).isInstanceOf(ConnectorException.class).hasMessage("HTTP 502 from p");
        assertThat(calls).hasValue(4);
    }

    @Test
    void failuresThatRetryingCannotFixAreNotRetried() {
        for (Kind kind : new Kind[] {Kind.LOGIN_REQUIRED, Kind.MUTATION_DURING_PAGINATION, Kind.INVALID_CURSOR,
                Kind.REJECTED}) {
            AtomicInteger calls = new AtomicInteger();
            ProviderGuard guard = new ProviderGuard("p", QUICK);

            assertThatThrownBy(() -> guard.call(() -> {
                calls.incrementAndGet();
                throw new ConnectorException(kind, "no");
            })).isInstanceOf(ConnectorException.class);
            assertThat(calls).as(kind.name()).hasValue(1);
        }
    }

    @Test
    void aRetryAfterLongerThanThePolicyAllowsFailsAtOnce() {
        AtomicInteger calls = new AtomicInteger();
        ProviderGuard guard = new ProviderGuard("p", QUICK);

        assertThatThrownBy(() -> guard.call(() -> {
            calls.incrementAndGet();
            throw new ConnectorException(Kind.RATE_LIMITED, "429", Duration.ofHours(1), null);
        })).isInstanceOf(ConnectorException.class);
        assertThat(calls).hasValue(1);
    }

    @Test
    void theProvidersRetryAfterWinsOverTheBackoffWhichGrowsWithJitterUpToItsCap() {
        ProviderPolicy policy = ProviderPolicy.DEFAULT.withBackoff(Duration.ofMillis(100), Duration.ofSeconds(1));
        ProviderGuard guard = new ProviderGuard("p", policy);

        assertThat(guard.waitBeforeRetry(1, new ConnectorException(Kind.RATE_LIMITED, "429", Duration.ofSeconds(7),
                null))).isEqualTo(Duration.ofSeconds(7));
        Duration first = guard.waitBeforeRetry(1, new ConnectorException(Kind.TRANSIENT, "503"));
        Duration third = guard.waitBeforeRetry(3, new ConnectorException(Kind.TRANSIENT, "503"));
        assertThat(first).isBetween(Duration.ofMillis(50), Duration.ofMillis(150)); // 100 ms ± 50 %
        assertThat(third).isBetween(Duration.ofMillis(200), Duration.ofMillis(600)); // 400 ms ± 50 %
        assertThat(guard.waitBeforeRetry(10, null)).isLessThanOrEqualTo(Duration.ofSeconds(1));
    }

    @Test
    void aProviderThatKeepsFailingHasItsCircuitOpenedAndIsNoLongerCalled() {
        ProviderGuard guard = new ProviderGuard("p", QUICK.withMaxAttempts(1)
                .withCircuit(50f, 4, 4, Duration.ofMinutes(5)));
        AtomicInteger calls = new AtomicInteger();
        for (int i = 0; i < 4; i++) {
            assertThatThrownBy(() -> guard.call(() -> {
                calls.incrementAndGet();
                throw new ConnectorException(Kind.TRANSIENT, "HTTP 500");
            })).isInstanceOf(ConnectorException.class);
        }

        assertThatThrownBy(() -> guard.call(() -> calls.incrementAndGet()))
                .isInstanceOfSatisfying(ConnectorException.class, e ->
                        assertThat(e.kind()).isEqualTo(Kind.PROVIDER_UNAVAILABLE))
                .hasMessageContaining("circuit is open");
        assertThat(calls).hasValue(4);
    }

    @Test
    void anExpiredLoginSaysNothingAboutTheProvidersHealth() {
        ProviderGuard guard = new ProviderGuard("p", QUICK.withCircuit(50f, 4, 4, Duration.ofMinutes(5)));
        for (int i = 0; i < 10; i++) {
            assertThatThrownBy(() -> guard.call(() -> {
                throw new ConnectorException(Kind.LOGIN_REQUIRED, "ITEM_LOGIN_REQUIRED");
            })).isInstanceOf(ConnectorException.class);
        }

        assertThat(guard.call(() -> "still called")).isEqualTo("still called");
    }

    @Test
    void callsBeyondTheRateLimitWaitForAPermitAndAreRefusedWhenNoneComesInTime() {
        ProviderGuard guard = new ProviderGuard("p", QUICK.withRateLimit(2, Duration.ZERO));
        AtomicInteger calls = new AtomicInteger();

        guard.call(calls::incrementAndGet);
        guard.call(calls::incrementAndGet);
        assertThatThrownBy(() -> guard.call(calls::incrementAndGet))
                .isInstanceOfSatisfying(ConnectorException.class, e ->
                        assertThat(e.kind()).isEqualTo(Kind.PROVIDER_UNAVAILABLE))
                .hasMessageContaining("rate limit of 2/s");
        assertThat(calls).as("the refused call never reached the provider").hasValue(2);
    }
}
