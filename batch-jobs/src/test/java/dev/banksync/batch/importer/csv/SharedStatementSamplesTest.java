package dev.banksync.batch.importer.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import dev.banksync.batch.importer.statement.RejectedRow;
import dev.banksync.batch.importer.statement.StatementLine;
import dev.banksync.batch.importer.statement.StatementRow;
import dev.banksync.batch.importer.statement.StatementRows;
import dev.banksync.core.money.Money;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;

/**
 * An extra check on real bank exports from public test suites, when the shared study folder is present (a fresh
 * clone does not have it; the fixtures in {@link CsvStatementParserTest} are the coverage). Expected values were
 * read off the files by hand.
 */
class SharedStatementSamplesTest {

    private static final Path SAMPLES = Path.of("../../shared/statement-samples/csv").toAbsolutePath().normalize();

    @Test
    void capitalOneDebitCreditColumns() throws IOException {
        List<StatementLine> lines = readAll("csv2ofx__capitalone.csv", CsvProfile.GENERIC, "USD");
        assertThat(lines).extracting(StatementLine::bookingDate, StatementLine::amount).containsExactly(
                tuple("2016-01-02", -100000, "USD"), tuple("2016-01-02", 100000, "USD"));
    }

    @Test
    void mintMonthFirstDatesQuotedThousandsAndDebitCreditMarkers() throws IOException {
        List<StatementLine> lines = readAll("csv2ofx__mint.csv", CsvProfile.GENERIC, "USD");
        assertThat(lines).extracting(StatementLine::bookingDate, StatementLine::amount).containsExactly(
                tuple("2015-06-12", -100000, "USD"), tuple("2015-06-12", -150000, "USD"),
                tuple("2015-06-13", 200000, "USD"), tuple("2015-06-14", -250000, "USD"));
    }

    @Test
    void n26AmountHeaderCarriesTheCurrency() throws IOException {
        List<StatementLine> lines = readAll("csv2ofx__n26-fr.csv", CsvProfile.GENERIC, "USD");
        assertThat(lines).extracting(StatementLine::bookingDate, StatementLine::amount).containsExactly(
                tuple("2020-03-07", 32800, "EUR"), tuple("2020-03-07", -32800, "EUR"));
    }

    @Test
    void ingSpainDayFirstDatesAndLowercaseHeaders() throws IOException {
        List<StatementLine> lines = readAll("csv2ofx__ingesp.csv", CsvProfile.GENERIC, "EUR");
        assertThat(lines).hasSize(10);
        assertThat(lines.get(0)).extracting(StatementLine::bookingDate, StatementLine::amount)
                .containsExactly(LocalDate.of(2022, 3, 24), Money.ofMinor(283, "EUR"));
        assertThat(lines.get(4).amount()).isEqualTo(Money.ofMinor(-1760, "EUR"));
        assertThat(lines.get(4).description()).startsWith("Pago en SPORTS BAR");
    }

    @Test
    void ubsWithAProfileForItsDescriptionColumns() throws IOException {
        CsvProfile ubs = CsvProfiles.parse("ubs", "description.columns=Description 1|Description 2|Description 3");
        List<StatementLine> lines = readAll("csv2ofx__ubs-ch-fr_trimmed.csv", ubs, null);
        assertThat(lines).extracting(StatementLine::bookingDate, StatementLine::amount).containsExactly(
                tuple("2019-03-31", -1000, "CHF"), tuple("2019-02-28", 24000, "CHF"), tuple("2019-04-27", -20000, "CHF"));
        assertThat(lines.get(1).description()).startsWith("Virement postal ASSOCIATION FOO-BAR");
    }

    private static Tuple tuple(String date, long minor, String currency) {
        return Tuple.tuple(LocalDate.parse(date), Money.ofMinor(minor, currency));
    }

    /** Every row of the sample, which must all be accepted. */
    private static List<StatementLine> readAll(String name, CsvProfile profile, String currency) throws IOException {
        assumeThat(Files.isDirectory(SAMPLES)).as("shared statement samples at " + SAMPLES).isTrue();
        List<StatementRow> rows = new ArrayList<>();
        try (StatementRows open = new CsvStatementParser(profile, currency).open(SAMPLES.resolve(name))) {
            open.forEachRemaining(rows::add);
        }
        assertThat(rows).filteredOn(RejectedRow.class::isInstance).isEmpty();
        return rows.stream().map(StatementLine.class::cast).toList();
    }
}
