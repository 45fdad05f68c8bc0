package dev.banksync.batch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.banksync.batch.reconcile.MatchPolicy;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

/** The tolerances bind as Spring Boot binds them in the apps: relaxed names, defaults, validation. */
class ReconcilePropertiesTest {

    @Test
    void withNothingSetTheEngineRunsWithTheDefaultPolicy() {
        assertThat(bind(Map.of()).policy()).isEqualTo(MatchPolicy.DEFAULT);
    }

    @Test
    void eachToleranceCanBeSetByPropertyOrEnvironmentStyleName() {
        MatchPolicy policy = bind(Map.of("banksync.reconcile.pending-window-days", "21",
                "banksync.reconcile.amount-tolerance", "0.45", "banksync.reconcile.authorisation-hold-minor", "500",
                "banksync.reconcile.min-description-score", "0.3", "banksync.reconcile.cross-source-days", "3"))
                .policy();

        assertThat(policy).isEqualTo(new MatchPolicy(21, 0.45, 500, 0.3, 3));
    }

    @Test
    void anImpossibleToleranceIsRefusedNamingIt() {
        ReconcileProperties bad = bind(Map.of("banksync.reconcile.amount-tolerance", "1.5"));

        assertThatThrownBy(bad::policy).hasMessageContaining("amountTolerance must be in [0, 1), was 1.5");
    }

    private static ReconcileProperties bind(Map<String, String> properties) {
        return new Binder(new MapConfigurationPropertySource(properties))
                .bindOrCreate("banksync.reconcile", ReconcileProperties.class);
    }
}
