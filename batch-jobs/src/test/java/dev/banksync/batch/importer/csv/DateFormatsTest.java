package dev.banksync.batch.importer.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class DateFormatsTest {

    @Test
    void detectsThePatternThatReadsTheMostValues() {
        assertThat(detect("2024-01-31", "2024-02-01")).isEqualTo("uuuu-M-d");
        assertThat(detect("24/03/2022", "08/04/2022")).isEqualTo("d/M/uuuu");
        assertThat(detect("6/12/15", "6/13/15")).isEqualTo("M/d/uu");
        assertThat(detect("31.03.2019", "28.02.2019")).isEqualTo("d.M.uuuu");
        assertThat(detect("20240131")).isEqualTo("uuuuMMdd");
        assertThat(detect("05 Mar 2024", "25 MAR 2024")).isEqualTo("d MMM uuuu");
        assertThat(detect("24/03/2022", "25/03/2022", "garbage", "2022-03-25")).as("a few odd values do not decide").isEqualTo("d/M/uuuu");
    }

    @Test
    void refusesToGuessDayMonthOrderAndNamesTheColumn() {
        assertThatThrownBy(() -> detect("01/02/2024", "11/12/2024"))
                .hasMessageContaining("column 'Date'").hasMessageContaining("fit both d/M/uuuu and M/d/uuuu");
        assertThatThrownBy(() -> detect("soon", "later")).hasMessageContaining("no known date pattern fits column 'Date' (e.g. 'soon')");
    }

    @Test
    void parsingIsStrict() {
        var iso = DateFormats.formatter("uuuu-M-d");
        assertThat(DateFormats.parse(" 2024-02-29 ", iso)).isEqualTo(LocalDate.of(2024, 2, 29));
        assertThatThrownBy(() -> DateFormats.parse("2023-02-29", iso)).isInstanceOf(java.time.format.DateTimeParseException.class);
        assertThatThrownBy(() -> DateFormats.formatter("dd/MM/qqqqqqq")).hasMessageContaining("not a date pattern");
    }

    private static String detect(String... values) {
        DateFormats.Detector detector = new DateFormats.Detector();
        for (String v : values) {
            detector.accept(v);
        }
        return detector.pattern("Date");
    }
}
