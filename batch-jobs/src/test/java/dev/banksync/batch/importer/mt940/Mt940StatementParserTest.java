package dev.banksync.batch.importer.mt940;

import static dev.banksync.batch.importer.statement.ParsedFile.fixture;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import dev.banksync.batch.importer.statement.ParsedFile;
import dev.banksync.batch.importer.statement.RejectedRow;
import dev.banksync.batch.importer.statement.StatementFormatException;
import dev.banksync.batch.importer.statement.StatementLine;
import dev.banksync.batch.importer.statement.StatementOptions;
import dev.banksync.core.money.Money;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class Mt940StatementParserTest {

    private static ParsedFile parse(String fixture, String profile, String currency) throws IOException {
        return ParsedFile.parse(new Mt940StatementParser(StatementOptions.parse(profile), currency),
                fixture("mt940/" + fixture));
    }

    @Test
    void readsAGermanSparkasseFileInLatin1WithItsEnvelopeAndStructuredDetails() throws IOException {
        ParsedFile file = parse("sparkasse-latin1.sta", null, null);

        assertThat(file.rejected()).isEmpty();
        assertThat(file.lines()).extracting(StatementLine::lineNumber, StatementLine::bookingDate,
                StatementLine::amount, StatementLine::description, StatementLine::reference).containsExactly(
                tuple(6L, date("2024-03-01"), eur(250000), "Acme GmbH Gehalt März 2024", "B4C01XYZ"),
                tuple(9L, date("2024-03-04"), eur(-95000), "Hausverwaltung Schmidt & Söhne Miete März Wohnung 3.OG links",
                        "B4C04XYZ"),
                // RD, the reversal of a debit, gives the money back
                tuple(13L, date("2024-03-06"), eur(3550), "Stadtwerke Köln Rückbuchung Abschlag", null),
                // the :61: broken before the amount, the :86: tag broken over two lines
                tuple(15L, date("2024-03-07"), eur(-1200), "Kontoführung Februar", null));
    }

    @Test
    void readsDutchStructuredDetailsAndPassesOverTheStatementsOwnDetails() throws IOException {
        ParsedFile file = parse("ing-dutch.sta", null, null);

        assertThat(file.rejected()).isEmpty();
        assertThat(file.lines()).extracting(StatementLine::bookingDate, StatementLine::valueDate,
                StatementLine::amount, StatementLine::description, StatementLine::reference).containsExactly(
                tuple(date("2024-03-01"), date("2024-03-01"), eur(-2500), "Energie Direct B.V. Termijnbedrag maart 2024",
                        "00000000000101"),
                tuple(date("2024-03-02"), date("2024-03-02"), eur(10000), "J. de Vries 1234567890123456",
                        "00000000000102"),
                tuple(date("2024-03-03"), date("2024-03-03"), eur(-450), "Koffiebar De Hoek Cappuccino en croissant",
                        null));
    }

    @Test
    void aFileOfSeveralAccountsIsRefusedUnlessTheProfileNamesOne() throws IOException {
        assertThatThrownBy(() -> parse("rabobank-two-accounts.sta", null, null))
                .isInstanceOf(StatementFormatException.class)
                .hasMessageContaining("[NL91RABO0123456789EUR, NL39RABO0300065264EUR]");

        ParsedFile first = parse("rabobank-two-accounts.sta", "account=NL91RABO0123456789", null);

        assertThat(first.lines()).extracting(StatementLine::amount, StatementLine::description).containsExactly(
                tuple(eur(-4500), "Supermarkt Plus Utrecht Betaalautomaat 12:01 pasnr. 003 Boodschappen"));
        assertThat(parse("rabobank-two-accounts.sta", "account=NL39RABO0300065264EUR", null).lines())
                .extracting(StatementLine::description).containsExactly("Oma Jansen Verjaardag");
    }

    @Test
    void badEntriesAreRejectedNamingLineAndFieldAndACutStatementIsReported() throws IOException {
        ParsedFile file = parse("malformed.sta", null, null);

        assertThat(file.lines()).extracting(StatementLine::description)
                .containsExactly("GOOD FIRST", "GOOD LAST", "BEFORE THE CUT");
        assertThat(file.rejected()).extracting(RejectedRow::location, RejectedRow::field).containsExactly(
                tuple("line 7", ":61: value date"),
                tuple("line 9", ":61: amount"),
                tuple("line 11", ":61: debit/credit mark"),
                tuple("line 21", ":60F: currency"),
                tuple("line 31", ":61: amount"),
                tuple("line 31", ":62F:"));
        assertThat(file.rejected()).extracting(RejectedRow::reason).satisfiesExactly(
                r -> assertThat(r).contains("value date (YYMMDD) is missing"),
                r -> assertThat(r).contains("'12.50' is not an MT940 amount"),
                r -> assertThat(r).contains("expected D, C, RD or RC"),
                r -> assertThat(r).contains("'EUX'").contains("C240401EUX80,50"),
                r -> assertThat(r).contains("'2' is not an MT940 amount"),
                r -> assertThat(r).contains("begins on line 25 has no closing balance").contains("truncated?"));
        assertThat(file.rejected().get(1).rawRecord()).isEqualTo(":61:240304D12.50NTRFNONREF\n:86:DOT DECIMAL");
    }

    @Test
    void aStatementWithoutOpeningBalanceTakesTheImportCurrency(@TempDir Path dir) throws IOException {
        Path fragment = Files.writeString(dir.resolve("fragment.sta"), ":61:2401020102C5,00NTRFNONREF\n:86:X\n");

        assertThat(ParsedFile.parse(new Mt940StatementParser(StatementOptions.DEFAULT, "CHF"), fragment).lines())
                .extracting(StatementLine::amount).containsExactly(Money.ofMinor(500, "CHF"));
        assertThat(ParsedFile.parse(new Mt940StatementParser(StatementOptions.DEFAULT, null), fragment).rejected())
                .extracting(RejectedRow::field).containsExactly(":60F: currency");
    }

    @Test
    void aFileWithoutMt940FieldsIsRefusedWhole(@TempDir Path dir) throws IOException {
        Path csv = Files.writeString(dir.resolve("export.sta"), "Date,Amount\n2024-01-01,5\n");

        assertThatThrownBy(() -> new Mt940StatementParser(StatementOptions.DEFAULT, "EUR").open(csv))
                .isInstanceOf(StatementFormatException.class).hasMessageContaining("export.sta holds no MT940 field");
    }

    private static LocalDate date(String iso) {
        return LocalDate.parse(iso);
    }

    private static Money eur(long minor) {
        return Money.ofMinor(minor, "EUR");
    }
}
