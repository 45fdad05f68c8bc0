package dev.banksync.batch.importer.ofx;

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
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OfxStatementParserTest {

    private static ParsedFile parse(String fixture, String profile, String currency) throws IOException {
        return ParsedFile.parse(new OfxStatementParser(StatementOptions.parse(profile), currency), fixture("ofx/" + fixture));
    }

    @Test
    void readsSgmlVersion1WithUnclosedElementsInWindows1252() throws IOException {
        ParsedFile file = parse("checking-v102.ofx", null, null);

        assertThat(file.rejected()).isEmpty();
        assertThat(file.lines()).extracting(StatementLine::lineNumber, StatementLine::bookingDate,
                StatementLine::valueDate, StatementLine::amount, StatementLine::description, StatementLine::reference)
                .containsExactly(
                        tuple(27L, date("2024-03-01"), date("2024-03-02"), eur(250000), "Gehalt März Acme GmbH", "FT-0001"),
                        tuple(36L, date("2024-03-02"), null, eur(-350), "CARD PAYMENT;CAFE CREME #12 BERLIN", "FT-0002"),
                        tuple(44L, date("2024-03-04"), null, eur(-4200), "Tom & Jerry's AT&T Shop", "FT-0003"),
                        tuple(51L, date("2024-03-05"), null, eur(-12000), "CHECK 1042", "FT-0004"),
                        tuple(60L, date("2024-03-06"), null, Money.ofMinor(-1999, "USD"), "ONLINE STORE", "FT-0005"));
        assertThat(file.lines().get(1).rawRecord()).startsWith("<STMTTRN> <TRNTYPE>POS").endsWith("</STMTTRN>");
    }

    @Test
    void theBankDateIsTheDateAsWrittenNotShiftedToUtc() throws IOException {
        // 20240302235900.000[-5:EST] is 2024-03-03 in UTC; the bank booked it on the 2nd
        assertThat(parse("checking-v102.ofx", null, null).lines().get(1).bookingDate()).isEqualTo(date("2024-03-02"));
    }

    @Test
    void readsXmlVersion2CreditCardStatementsWithCommentsAndCdata() throws IOException {
        ParsedFile file = parse("creditcard-v211.ofx", null, "EUR");

        assertThat(file.lines()).extracting(StatementLine::bookingDate, StatementLine::amount,
                StatementLine::description, StatementLine::reference).containsExactly(
                tuple(date("2024-03-10"), Money.ofMinor(-6420, "GBP"), "Café Müller & Söhne", "CC-88"),
                // ORIGCURRENCY: the amount was converted into CURDEF, so it stays GBP; NAME is contained in MEMO
                tuple(date("2024-03-15"), Money.ofMinor(1000, "GBP"), "Refund <order 77>", "CC-89"));
    }

    @Test
    void badTransactionsAreRejectedNamingLineAndElementAndTheOthersKept() throws IOException {
        ParsedFile file = parse("malformed.ofx", null, null);

        assertThat(file.lines()).extracting(StatementLine::description).containsExactly("GOOD FIRST", "GOOD LAST");
        assertThat(file.rejected()).extracting(RejectedRow::location, RejectedRow::field).containsExactly(
                tuple("line 21", "DTPOSTED"), tuple("line 27", "TRNAMT"), tuple("line 34", "CURRENCY/CURSYM"),
                tuple("line 42", "DTPOSTED"));
        assertThat(file.rejected()).extracting(RejectedRow::reason).satisfiesExactly(
                r -> assertThat(r).isEqualTo("the posting date is missing"),
                r -> assertThat(r).contains("'-1.234,56' is not an OFX amount"),
                r -> assertThat(r).contains("'EUX'"),
                r -> assertThat(r).contains("'20240132' is not a valid date"));
        assertThat(file.rejected().get(0).rawRecord()).contains("<NAME>NO DATE");
    }

    @Test
    void aTruncatedFileKeepsTheCompleteTransactionsAndRejectsTheCutOne() throws IOException {
        ParsedFile file = parse("truncated.ofx", null, null);

        assertThat(file.lines()).extracting(StatementLine::reference).containsExactly("T1", "T2");
        assertThat(file.rejected()).singleElement().satisfies(r -> {
            assertThat(r.location()).isEqualTo("line 28");
            assertThat(r.field()).isEqualTo("STMTTRN");
            assertThat(r.reason()).contains("ends inside this <STMTTRN> (truncated?)");
            assertThat(r.rawRecord()).endsWith("<TRNAMT>-1");
        });
    }

    @Test
    void anUnknownCharsetKeepsAsciiTransactionsAndRejectsOnesItCannotDecode() throws IOException {
        ParsedFile file = parse("unknown-charset.ofx", null, null);

        assertThat(file.lines()).extracting(StatementLine::description).containsExactly("PLAIN ASCII SHOP");
        assertThat(file.rejected()).singleElement().satisfies(r -> {
            assertThat(r.field()).isEqualTo("NAME");
            assertThat(r.reason()).contains("CHARSET:KLINGON on line 6").contains("charset=");
        });

        ParsedFile named = parse("unknown-charset.ofx", "charset=ISO-8859-1", null);
        assertThat(named.rejected()).isEmpty();
        assertThat(named.lines()).extracting(StatementLine::description).containsExactly("PLAIN ASCII SHOP", "CAFÉ QO'NOS");
    }

    @Test
    void aFileOfSeveralAccountsIsRefusedUnlessTheProfileNamesOne() throws IOException {
        assertThatThrownBy(() -> parse("two-accounts.ofx", null, null))
                .isInstanceOf(StatementFormatException.class).hasMessageContaining("[111-222, 333-444]");

        ParsedFile chosen = parse("two-accounts.ofx", "account=111-222", null);

        assertThat(chosen.lines()).extracting(StatementLine::description).containsExactly("GROCER", "PHARMACY");
        assertThat(chosen.rejected()).isEmpty();
        assertThat(new OfxStatementParser(StatementOptions.DEFAULT, null).accounts(fixture("ofx/two-accounts.ofx")))
                .containsExactly("111-222", "333-444", "111-222");
    }

    @Test
    void aStatementWithoutCurdefTakesTheImportCurrencyAndWithoutOneRejects(@TempDir Path dir) throws IOException {
        Path file = Files.writeString(dir.resolve("bare.ofx"), "\n<OFX><BANKMSGSRSV1><STMTTRNRS><STMTRS><CURDEF>"
                + "<BANKACCTFROM><ACCTID>1</BANKACCTFROM><BANKTRANLIST><STMTTRN><DTPOSTED>20240102<TRNAMT>-1.5"
                + "<NAME>X</STMTTRN></BANKTRANLIST></STMTRS></STMTTRNRS></BANKMSGSRSV1></OFX>", StandardCharsets.UTF_8);

        assertThat(ParsedFile.parse(new OfxStatementParser(StatementOptions.DEFAULT, "SEK"), file).lines())
                .extracting(StatementLine::amount).containsExactly(Money.ofMinor(-150, "SEK"));
        assertThat(ParsedFile.parse(new OfxStatementParser(StatementOptions.DEFAULT, null), file).rejected())
                .extracting(RejectedRow::field, RejectedRow::reason)
                .containsExactly(tuple("CURDEF", "no currency: the statement has no CURDEF and the import has no"
                        + " default currency"));
    }

    @Test
    void filesThatAreNotOfxStatementsAreRefusedWholeNamingTheFile(@TempDir Path dir) throws IOException {
        Path csv = Files.writeString(dir.resolve("x.ofx"), "\n\nDate,Amount\n2024-01-01,5\n");
        Path investment = Files.writeString(dir.resolve("inv.ofx"), "<OFX><INVSTMTMSGSRSV1></INVSTMTMSGSRSV1></OFX>");
        OfxStatementParser parser = new OfxStatementParser(StatementOptions.DEFAULT, "EUR");

        assertThatThrownBy(() -> parser.open(csv)).isInstanceOf(StatementFormatException.class)
                .hasMessageContaining("x.ofx line 3: not an OFX file: it starts with 'Date,Amount'");
        assertThatThrownBy(() -> parser.open(investment)).isInstanceOf(StatementFormatException.class)
                .hasMessageContaining("inv.ofx holds no bank or credit-card statement");
    }

    private static LocalDate date(String iso) {
        return LocalDate.parse(iso);
    }

    private static Money eur(long minor) {
        return Money.ofMinor(minor, "EUR");
    }
}
