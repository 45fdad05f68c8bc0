package dev.banksync.stream.anomaly;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class AnomalySettingsTest {

    @Test
    void everyKindIsOnByDefault() {
        AnomalySettings d = AnomalySettings.DEFAULTS;

        assertThat(d.unusualAmount() && d.duplicateCharge() && d.velocityBurst() && d.firstTimeMerchant()
                && d.unusualCurrency() && d.priceIncrease()).isTrue();
        assertThat(d.duplicateWindow()).isEqualTo(Duration.ofMinutes(30));
    }

    @Test
    void settingsOverrideTheDefaults() {
        AnomalySettings s = AnomalySettings.parse(
                "duplicate-charge.window=10m, velocity-burst.enabled=false,unusual-amount.z=4.5");

        assertThat(s.duplicateWindow()).isEqualTo(Duration.ofMinutes(10));
        assertThat(s.velocityBurst()).isFalse();
        assertThat(s.unusualAmountZ()).isEqualTo(4.5);
        assertThat(s.duplicateCharge()).isTrue();
    }

    @Test
    void anUnknownSettingOrABadValueIsNamed() {
        assertThatThrownBy(() -> AnomalySettings.parse("duplicate.window=10m"))
                .hasMessageContaining("duplicate.window=10m").hasMessageContaining("duplicate-charge.window");
        assertThatThrownBy(() -> AnomalySettings.parse("unusual-amount.z=-1"))
                .hasMessageContaining("unusual-amount.z").hasMessageContaining("-1");
        assertThatThrownBy(() -> AnomalySettings.parse("velocity-burst.enabled=maybe"))
                .hasMessageContaining("true or false");
    }
}
