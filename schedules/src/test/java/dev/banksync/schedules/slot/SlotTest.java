package dev.banksync.schedules.slot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class SlotTest {

    private static final ZoneId KOLKATA = ZoneId.of("Asia/Kolkata");

    @Test
    void aSlotOnTheMinuteIsLabelledInMinutesAndOneWithSecondsInSeconds() {
        assertThat(Slot.scheduled(Instant.parse("2024-05-01T06:00:00Z"), ZoneOffset.UTC))
                .isEqualTo(new Slot(LocalDate.of(2024, 5, 1), "06:00"));
        assertThat(Slot.scheduled(Instant.parse("2024-05-01T06:00:02Z"), ZoneOffset.UTC))
                .isEqualTo(new Slot(LocalDate.of(2024, 5, 1), "06:00:02"));
    }

    @Test
    void theBusinessDateAndLabelAreThoseOfTheZoneNotOfUtc() {
        // 20:00 UTC is 01:30 the next day in Kolkata (+05:30)
        assertThat(Slot.scheduled(Instant.parse("2024-05-01T20:00:00Z"), KOLKATA))
                .isEqualTo(new Slot(LocalDate.of(2024, 5, 2), "01:30"));
    }

    @Test
    void aManualRunIsItsOwnSlotToTheSecond() {
        Slot manual = Slot.manual(Instant.parse("2024-05-01T18:45:07.250Z"), ZoneOffset.UTC);

        assertThat(manual).isEqualTo(new Slot(LocalDate.of(2024, 5, 1), "manual-18:45:07"));
        assertThat(manual.isManual()).isTrue();
        assertThat(Slot.manual(Instant.parse("2024-05-01T18:45:07.900Z"), ZoneOffset.UTC))
                .as("a double click within the same second is the same run").isEqualTo(manual);
        assertThat(Slot.scheduled(Instant.parse("2024-05-01T18:00:00Z"), ZoneOffset.UTC).isManual()).isFalse();
    }

    @Test
    void aSlotNeedsADateAndALabel() {
        assertThatThrownBy(() -> new Slot(LocalDate.of(2024, 5, 1), " "))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("label");
        assertThatThrownBy(() -> new Slot(null, "06:00"))
                .isInstanceOf(NullPointerException.class).hasMessageContaining("businessDate");
    }
}
