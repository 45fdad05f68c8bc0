package dev.banksync.schedules.definition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.banksync.schedules.definition.SchedulesProperties.Schedule;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class SchedulesPropertiesTest {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    @Test
    void theBankSyncScheduleRunsItsJobOnItsCronInTheConfiguredZone() {
        SchedulesProperties properties = new SchedulesProperties(BERLIN, new Schedule(true, "0 0 6,12,18 * * ?", "bankSyncJob"));

        assertThat(properties.enabledSchedules())
                .containsExactly(new ScheduleDefinition("bank-sync", "bankSyncJob", "0 0 6,12,18 * * ?", BERLIN));
    }

    @Test
    void aDisabledScheduleIsNotScheduled() {
        SchedulesProperties properties = new SchedulesProperties(BERLIN, new Schedule(false, "0 0 6,12,18 * * ?", "bankSyncJob"));

        assertThat(properties.enabledSchedules()).isEmpty();
    }

    @Test
    void badSettingsFailNamingTheProperty() {
        assertThatThrownBy(() -> new SchedulesProperties(BERLIN, new Schedule(true, "0 0 6,12,18 * *", "bankSyncJob"))
                .enabledSchedules())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("banksync.schedules.bank-sync").hasMessageContaining("'0 0 6,12,18 * *'");
        assertThatThrownBy(() -> new SchedulesProperties(BERLIN, new Schedule(true, "0 0 6 * * ?", " ")).enabledSchedules())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("banksync.schedules.bank-sync").hasMessageContaining("batch job name");
        assertThatThrownBy(() -> new SchedulesProperties(null, new Schedule(true, "0 0 6 * * ?", "bankSyncJob")).enabledSchedules())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("banksync.schedules.time-zone");
    }
}
