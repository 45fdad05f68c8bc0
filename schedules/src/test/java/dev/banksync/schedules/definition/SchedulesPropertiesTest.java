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
        SchedulesProperties properties = new SchedulesProperties(BERLIN, new Schedule(true, "0 0 6,12,18 * * ?", "bankSyncJob"), null);

        assertThat(properties.enabledSchedules())
                .containsExactly(new ScheduleDefinition("bank-sync", "bankSyncJob", "0 0 6,12,18 * * ?", BERLIN));
    }

    @Test
    void aDisabledScheduleIsNotScheduled() {
        SchedulesProperties properties = new SchedulesProperties(BERLIN, new Schedule(false, "0 0 6,12,18 * * ?", "bankSyncJob"), null);

        assertThat(properties.enabledSchedules()).isEmpty();
    }

    @Test
    void badSettingsFailNamingTheProperty() {
        assertThatThrownBy(() -> new SchedulesProperties(BERLIN, new Schedule(true, "0 0 6,12,18 * *", "bankSyncJob"), null)
                .enabledSchedules())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("banksync.schedules.bank-sync").hasMessageContaining("'0 0 6,12,18 * *'");
        assertThatThrownBy(() -> new SchedulesProperties(BERLIN, new Schedule(true, "0 0 6 * * ?", " "), null).enabledSchedules())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("banksync.schedules.bank-sync").hasMessageContaining("batch job name");
        assertThatThrownBy(() -> new SchedulesProperties(null, new Schedule(true, "0 0 6 * * ?", "bankSyncJob"), null).enabledSchedules())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("banksync.schedules.time-zone");
    }

    @Test
    void theRetrainScheduleIsAddedWhenEnabled() {
        Schedule sync = new Schedule(true, "0 0 6 * * ?", "bankSyncJob");
        Schedule retrain = new Schedule(true, "0 30 2 * * ?", "categoriserRetrainJob");

        assertThat(new SchedulesProperties(BERLIN, sync, retrain).enabledSchedules()).containsExactly(
                new ScheduleDefinition("bank-sync", "bankSyncJob", "0 0 6 * * ?", BERLIN),
                new ScheduleDefinition("categoriser-retrain", "categoriserRetrainJob", "0 30 2 * * ?", BERLIN));
        assertThat(new SchedulesProperties(BERLIN, sync, new Schedule(false, "0 30 2 * * ?", "categoriserRetrainJob"))
                .enabledSchedules()).extracting(ScheduleDefinition::name).containsExactly("bank-sync");
    }
}
