package dev.banksync.schedules.retrain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ActivationPolicyTest {

    @Test
    void aModelWithinTheToleranceIsActivatedAWorseOneIsNot() {
        ActivationPolicy policy = new ActivationPolicy(0.01);

        assertThat(policy.activates(0.80, 0.80)).isTrue();
        assertThat(policy.activates(0.795, 0.80)).isTrue();
        assertThat(policy.activates(0.85, 0.80)).isTrue();
        assertThat(policy.activates(0.789, 0.80)).isFalse();
        assertThat(policy.explain(0.70, 0.80)).contains("registered inactive").contains("0.7000").contains("0.8000");
    }

    @Test
    void aToleranceOutsideZeroToOneIsRejected() {
        assertThatThrownBy(() -> new ActivationPolicy(-0.1)).hasMessageContaining("tolerance");
        assertThatThrownBy(() -> new ActivationPolicy(1.5)).hasMessageContaining("tolerance");
    }
}
