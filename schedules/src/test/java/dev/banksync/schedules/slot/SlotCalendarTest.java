package dev.banksync.schedules.slot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SlotCalendarTest {

    private static final String THREE_A_DAY = "0 0 6,12,18 * * ?";
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    @Test
    void anOnTimeFireBelongsToItsOwnSlot() {
        SlotCalendar calendar = SlotCalendar.of(THREE_A_DAY, ZoneOffset.UTC);

        assertThat(calendar.slotOf(Instant.parse("2024-05-01T12:00:00Z")))
                .contains(new Slot(LocalDate.of(2024, 5, 1), "12:00"));
    }

    @Test
    void aLateFireBelongsToTheLatestSlotItMissed() {
        SlotCalendar calendar = SlotCalendar.of(THREE_A_DAY, ZoneOffset.UTC);

        assertThat(calendar.slotOf(Instant.parse("2024-05-01T17:59:59.999Z")))
                .contains(new Slot(LocalDate.of(2024, 5, 1), "12:00"));
        assertThat(calendar.slotOf(Instant.parse("2024-05-02T05:59:00Z")))
                .as("before the first slot of a day: the last slot of the day before")
                .contains(new Slot(LocalDate.of(2024, 5, 1), "18:00"));
    }

    @Test
    void slotsAreReadInTheConfiguredZone() {
        ZoneId tokyo = ZoneId.of("Asia/Tokyo");
        ZoneId newYork = ZoneId.of("America/New_York");

        assertThat(SlotCalendar.of(THREE_A_DAY, tokyo).slotOf(Instant.parse("2024-05-01T21:00:00Z")))
                .as("06:00 in Tokyo is still the day before in UTC").contains(new Slot(LocalDate.of(2024, 5, 2), "06:00"));
        assertThat(SlotCalendar.of(THREE_A_DAY, newYork).slotOf(Instant.parse("2024-05-02T03:30:00Z")))
                .as("23:30 in New York: the business day is still the 1st").contains(new Slot(LocalDate.of(2024, 5, 1), "18:00"));
    }

    @Test
    void aSecondsCronHasSecondsSlots() {
        SlotCalendar everyTwoSeconds = SlotCalendar.of("0/2 * * * * ?", ZoneOffset.UTC);

        assertThat(everyTwoSeconds.slotOf(Instant.parse("2024-05-01T10:00:03.500Z")))
                .contains(new Slot(LocalDate.of(2024, 5, 1), "10:00:02"));
    }

    /** Against java.time: each local 06:00, 12:00 and 18:00 of a whole year, across both DST changes. */
    @ParameterizedTest
    @ValueSource(strings = {"UTC", "Europe/Berlin", "America/New_York", "Australia/Sydney", "Asia/Kolkata"})
    void aYearOfFiresMapsOneToOneOntoTheLocalSlotsOfEachDay(String zoneId) {
        ZoneId zone = ZoneId.of(zoneId);
        SlotCalendar calendar = SlotCalendar.of(THREE_A_DAY, zone);
        List<Instant> expectedFires = new ArrayList<>();
        Set<Slot> expectedSlots = new HashSet<>();
        for (LocalDate day = LocalDate.of(2024, 1, 1); day.getYear() == 2024; day = day.plusDays(1)) {
            for (int hour : new int[] {6, 12, 18}) {
                expectedFires.add(ZonedDateTime.of(day, LocalTime.of(hour, 0), zone).toInstant());
                expectedSlots.add(new Slot(day, "%02d:00".formatted(hour)));
            }
        }

        List<Instant> fires = firesBetween(calendar, expectedFires.get(0).minusSeconds(1), expectedFires.get(expectedFires.size() - 1));
        assertThat(fires).containsExactlyElementsOf(expectedFires);
        Set<Slot> slots = new HashSet<>();
        for (Instant fire : fires) {
            Slot slot = calendar.slotOf(fire).orElseThrow();
            assertThat(calendar.slotOf(fire.plus(Duration.ofMinutes(59)))).as("an hour late").contains(slot);
            slots.add(slot);
        }
        assertThat(slots).isEqualTo(expectedSlots);
    }

    @Test
    void aLocalTimeTheClockSkipsHasNoSlotThatDay() {
        SlotCalendar halfPastTwo = SlotCalendar.of("0 30 2 * * ?", BERLIN);
        // 2024-03-31 02:00 CET jumps to 03:00 CEST: there is no 02:30 that day (java.time agrees it does not exist)
        assertThat(BERLIN.getRules().getValidOffsets(LocalDate.of(2024, 3, 31).atTime(2, 30))).isEmpty();

        assertThat(halfPastTwo.slotOf(Instant.parse("2024-03-31T20:00:00Z")))
                .contains(new Slot(LocalDate.of(2024, 3, 30), "02:30"));
        assertThat(halfPastTwo.slotOf(Instant.parse("2024-04-01T00:30:00Z")))
                .contains(new Slot(LocalDate.of(2024, 4, 1), "02:30"));
    }

    @Test
    void aLocalTimeTheClockRepeatsIsOneSlot() {
        SlotCalendar halfHourly = SlotCalendar.of("0 0/30 * * * ?", BERLIN);
        // 2024-10-27 03:00 CEST falls back to 02:00 CET: the local times 02:00 and 02:30 happen twice
        List<Instant> fires = firesBetween(halfHourly, Instant.parse("2024-10-26T23:29:59Z"), Instant.parse("2024-10-27T02:30:00Z"));

        assertThat(fires.stream().map(fire -> halfHourly.slotOf(fire).orElseThrow().label()).toList())
                .as("every local half hour once: no fire meets a slot already run")
                .containsExactly("01:30", "02:00", "02:30", "03:00", "03:30");
        assertThat(halfHourly.slotOf(Instant.parse("2024-10-27T00:15:00Z")))
                .as("a late fire during the first 02:15 still belongs to 01:30")
                .contains(new Slot(LocalDate.of(2024, 10, 27), "01:30"));
    }

    @Test
    void aScheduleWhoseFirstSlotIsStillAheadHasNoSlotYet() {
        SlotCalendar future = SlotCalendar.of("0 0 12 1 1 ? 2090", ZoneOffset.UTC);

        assertThat(future.slotOf(Instant.parse("2024-05-01T12:00:00Z"))).isEmpty();
        assertThat(future.nextSlotStartAfter(Instant.parse("2024-05-01T12:00:00Z")))
                .contains(Instant.parse("2090-01-01T12:00:00Z"));
    }

    @Test
    void anInvalidCronIsRejectedNamingIt() {
        assertThatThrownBy(() -> SlotCalendar.of("0 0 25 * * ?", ZoneOffset.UTC))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'0 0 25 * * ?'");
        assertThatThrownBy(() -> SlotCalendar.of("every day at six", ZoneOffset.UTC))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'every day at six'");
    }

    private static List<Instant> firesBetween(SlotCalendar calendar, Instant fromExclusive, Instant toInclusive) {
        List<Instant> fires = new ArrayList<>();
        for (Optional<Instant> next = calendar.nextSlotStartAfter(fromExclusive);
             next.isPresent() && !next.get().isAfter(toInclusive); next = calendar.nextSlotStartAfter(next.get())) {
            fires.add(next.get());
        }
        return fires;
    }
}
