package dev.banksync.core.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class IsoTimeDeserializersTest {

    @Test
    void canonicalInstantsParseAsJavaTimeParsesThem() {
        Random random = new Random(11);
        for (int i = 0; i < 20_000; i++) {
            Instant instant = Instant.ofEpochSecond(random.nextLong(-2_000_000_000L, 8_000_000_000L),
                    random.nextInt(4) == 0 ? 0 : random.nextInt(1_000_000_000));
            // Instant.toString writes 0, 3, 6 or 9 fraction digits; trimming trailing zeros gives every other count.
            String text = instant.toString();
            String trimmed = text.contains(".") ? text.replaceAll("0+Z$", "Z") : text;

            assertThat(IsoTimeDeserializers.parseInstant(text)).as(text).isEqualTo(instant);
            assertThat(IsoTimeDeserializers.parseInstant(trimmed)).as(trimmed).isEqualTo(instant);
        }
    }

    @Test
    void canonicalDatesParseAsJavaTimeParsesThem() {
        for (LocalDate day = LocalDate.of(1999, 1, 1); day.isBefore(LocalDate.of(2031, 1, 1)); day = day.plusDays(1)) {
            String text = day.format(DateTimeFormatter.ISO_LOCAL_DATE);
            assertThat(IsoTimeDeserializers.parseLocalDate(text)).isEqualTo(day);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"2026-03-01T08:00:00+01:00", "2026-03-01T08:00Z", "2026-03-01t08:00:00Z",
            "2026-03-01T08:00:00.Z", "2026-03-01T08:00:00.1234567890Z", "2026-03-01T24:00:00Z",
            "2026-02-30T08:00:00Z", "2026-03-01T08:60:00Z", "2026-3-01T08:00:00Z", "２026-03-01T08:00:00Z",
            "2026-03-01T08:00:00,5Z"})
    void anyOtherInstantTextIsLeftToTheStandardParser(String text) {
        assertThat(IsoTimeDeserializers.parseInstant(text)).isNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {"2026-02-30", "2026-13-01", "2026-3-1", "20260301", "2026/03/01", "2026-03-01Z", ""})
    void anyOtherDateTextIsLeftToTheStandardParser(String text) {
        assertThat(IsoTimeDeserializers.parseLocalDate(text)).isNull();
    }
}
