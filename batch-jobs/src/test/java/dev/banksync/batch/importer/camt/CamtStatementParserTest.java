package dev.banksync.batch.importer.camt;

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

class CamtStatementParserTest {

    private static ParsedFile parse(String fixture, String profile) throws IOException {
        return ParsedFile.parse(new CamtStatementParser(StatementOptions.parse(profile), null), fixture("camt/" + fixture));
    }

    @Test
    void readsCamt053Version2Entries() throws IOException {
        ParsedFile file = parse("camt053-v02.xml", null);

        assertThat(file.rejected()).isEmpty();
        assertThat(file.lines()).extracting(StatementLine::lineNumber, StatementLine::bookingDate,
                StatementLine::valueDate, StatementLine::amount, StatementLine::description, StatementLine::reference)
                .containsExactly(
                        tuple(10L, date("2024-03-01"), date("2024-03-01"), eur(250000), "Acme GmbH Gehalt Maerz 2024",
                                "BANKREF-0001"),
                        // the creditor of a debit; a structured creditor reference; end-to-end id NOTPROVIDED
                        tuple(26L, date("2024-03-04"), date("2024-03-05"), eur(-95000),
                                "Hausverwaltung Schmidt RF18539007547034", null),
                        // a reversal: CdtDbtInd already states the direction of the reversing entry
                        tuple(38L, date("2024-03-06"), null, eur(3550), "Stadtwerke Ruecklastschrift Abschlag",
                                "BANKREF-0003"),
                        // a batch booking is one line with its details' text, the repeated name once
                        tuple(50L, date("2024-03-07"), null, eur(-8000), "Sportverein Beitrag Anna Beitrag Ben",
                                "BANKREF-0004"));
        assertThat(file.lines().get(0).rawRecord()).startsWith("Stmt[1]/Ntry[1]: ").contains("Amt=2500.00");
    }

    @Test
    void readsVersion8WithANamespacePrefixAndRejectsPendingEntries() throws IOException {
        ParsedFile file = parse("camt053-v08.xml", null);

        assertThat(file.lines()).extracting(StatementLine::bookingDate, StatementLine::valueDate,
                StatementLine::amount, StatementLine::description, StatementLine::reference).containsExactly(
                tuple(date("2024-05-02"), date("2024-05-03"), chf(-12035), "Migros Genossenschaft Einkauf Filiale 12",
                        "CH-REF-1"),
                // DtTm 23:30+02:00 is 21:30 UTC the same day either way; the date is taken as written
                tuple(date("2024-05-05"), null, chf(50000), "Einzahlung Bancomat", null));
        assertThat(file.rejected()).extracting(RejectedRow::location, RejectedRow::field)
                .containsExactly(tuple("line 20", "Stmt[1]/Ntry[2]/Sts/Cd"));
        assertThat(file.rejected().get(0).reason()).contains("status is PDNG, not BOOK");
    }

    @Test
    void readsCamt052ReportsAndCamt054NotificationsWithTheSameCode() throws IOException {
        ParsedFile report = parse("camt052-v06.xml", null);
        ParsedFile notification = parse("camt054-v04.xml", null);

        assertThat(report.lines()).extracting(StatementLine::bookingDate, StatementLine::amount,
                StatementLine::description, StatementLine::reference)
                .containsExactly(tuple(date("2024-03-08"), eur(-1200), "Kartenzahlung Baeckerei", "R-0001"));
        assertThat(report.rejected()).extracting(RejectedRow::field).containsExactly("Rpt[1]/Ntry[2]/Sts");
        assertThat(notification.lines()).extracting(StatementLine::amount, StatementLine::description,
                StatementLine::reference).containsExactly(tuple(eur(6000), "Max Mustermann Geschenk", "N-REF-9"));
    }

    @Test
    void badEntriesAreRejectedNamingTheEntryPathAndElementAndTheOthersKept() throws IOException {
        ParsedFile file = parse("malformed.xml", null);

        assertThat(file.lines()).extracting(StatementLine::reference).containsExactly("GOOD-1", "GOOD-2");
        assertThat(file.rejected()).extracting(RejectedRow::location, RejectedRow::field).containsExactly(
                tuple("line 7", "Stmt[1]/Ntry[2]/BookgDt"),
                tuple("line 8", "Stmt[1]/Ntry[3]/Amt"),
                tuple("line 9", "Stmt[1]/Ntry[4]/Amt/@Ccy"),
                tuple("line 10", "Stmt[1]/Ntry[5]/Amt"),
                tuple("line 11", "Stmt[1]/Ntry[6]/BookgDt/Dt"));
        assertThat(file.rejected()).extracting(RejectedRow::reason).satisfiesExactly(
                r -> assertThat(r).isEqualTo("the booking date is missing"),
                r -> assertThat(r).contains("'3,00' is not a camt amount"),
                r -> assertThat(r).contains("'EUX'"),
                r -> assertThat(r).contains("5.50 does not fit JPY"),
                r -> assertThat(r).contains("'2024-02-30' is not a valid date"));
    }

    @Test
    void aTruncatedDocumentKeepsTheEntriesBeforeTheBreakAndRejectsWhereItBreaks() throws IOException {
        ParsedFile file = parse("truncated.xml", null);

        assertThat(file.lines()).extracting(StatementLine::reference).containsExactly("T-1", "T-2");
        assertThat(file.rejected()).singleElement().satisfies(r -> {
            assertThat(r.field()).isEqualTo("Stmt[1]/Ntry[3]");
            assertThat(r.location()).isEqualTo("line 8");
            assertThat(r.reason()).contains("truncated or malformed").contains("this one is incomplete");
        });
    }

    @Test
    void anUnknownDeclaredEncodingKeepsAsciiEntriesAndRejectsOnesItCannotDecode() throws IOException {
        ParsedFile file = parse("unknown-encoding.xml", null);

        assertThat(file.lines()).extracting(StatementLine::description).containsExactly("PLAIN text");
        assertThat(file.rejected()).singleElement().satisfies(r -> {
            assertThat(r.field()).isEqualTo("Stmt[1]/Ntry[2]/AddtlNtryInf");
            assertThat(r.reason()).contains("encoding=\"X-KLINGON-1\" on line 1");
        });
        assertThat(parse("unknown-encoding.xml", "charset=ISO-8859-1").lines())
                .extracting(StatementLine::description).containsExactly("PLAIN text", "Café Zoé");
    }

    @Test
    void aDoctypeIsRefusedSoNoExternalEntityIsEverRead() {
        assertThatThrownBy(() -> parse("xxe.xml", null)).isInstanceOf(StatementFormatException.class)
                .hasMessageContaining("xxe.xml: DOCTYPE declarations are refused");
    }

    @Test
    void documentsThatAreNotBankToCustomerStatementsAreRefusedWhole(@TempDir Path dir) throws IOException {
        Path notXml = Files.writeString(dir.resolve("export.xml"), "Date;Amount\n");

        assertThatThrownBy(() -> parse("pain001.xml", null)).isInstanceOf(StatementFormatException.class)
                .hasMessageContaining("pain001.xml: not a camt.052/053/054").hasMessageContaining("CstmrCdtTrfInitn");
        assertThatThrownBy(() -> new CamtStatementParser(StatementOptions.DEFAULT, null).open(notXml))
                .isInstanceOf(StatementFormatException.class).hasMessageContaining("export.xml line 1");
    }

    @Test
    void aFileOfSeveralAccountsIsRefusedUnlessTheProfileNamesOne() throws IOException {
        assertThatThrownBy(() -> parse("two-accounts.xml", null)).isInstanceOf(StatementFormatException.class)
                .hasMessageContaining("[NL91ABNA0417164300, NL20INGB0001234567]");

        assertThat(parse("two-accounts.xml", "account=NL20 INGB 0001 2345 67").lines())
                .extracting(StatementLine::reference).containsExactly("B-1", "B-2");
    }

    private static LocalDate date(String iso) {
        return LocalDate.parse(iso);
    }

    private static Money eur(long minor) {
        return Money.ofMinor(minor, "EUR");
    }

    private static Money chf(long minor) {
        return Money.ofMinor(minor, "CHF");
    }
}
