package dev.banksync.batch.importer.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import dev.banksync.batch.importer.statement.RejectedRow;
import dev.banksync.batch.importer.statement.StatementFormatException;
import dev.banksync.batch.importer.statement.StatementLine;
import dev.banksync.batch.importer.statement.StatementRow;
import dev.banksync.batch.importer.statement.StatementRows;
import dev.banksync.core.money.Money;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CsvStatementParserTest {

    @TempDir
    Path dir;

    @Test
    void genericProfileDetectsHeadersDatesAndQuotedThousands() throws IOException {
        List<StatementRow> rows = parse(CsvProfile.GENERIC, "USD", """
                Posting Date,Payee,Memo,Amount,Currency
                01/31/2024,ACME PAYROLL,salary,"2,500.00",USD
                02/01/2024,"Rent, February",,-1200.00,
                """);

        assertThat(summaries(rows)).containsExactly(
                line(2, "2024-01-31", 250000, "USD", "ACME PAYROLL"),
                line(3, "2024-02-01", -120000, "USD", "Rent, February"));
    }

    @Test
    void debitAndCreditColumnsGiveSignedAmounts() throws IOException {
        List<StatementRow> rows = parse(CsvProfile.GENERIC, "USD", """
                Transaction Date,Posted Date,Card No.,Description,Category,Debit,Credit
                2015-12-31,2016-01-02,1234,Airplanes R Us,Other Travel,1000.00,
                2015-12-31,2016-01-03,1234,AUTOPAY PYMT,Payment,,1000.00
                2016-01-04,2016-01-05,1234,Both sides,Other,5.00,6.00
                """);

        assertThat(summaries(rows)).containsExactly(
                line(2, "2016-01-02", -100000, "USD", "Airplanes R Us"),
                line(3, "2016-01-03", 100000, "USD", "AUTOPAY PYMT"));
        assertThat(rejections(rows)).containsExactly(new Rejection(4, "Debit/Credit", "both debit and credit have an amount"));
    }

    @Test
    void decimalCommaSemicolonsAndGermanHeaders() throws IOException {
        List<StatementRow> rows = parse(CsvProfile.GENERIC, null, """
                Buchungstag;Wertstellung;Verwendungszweck;Betrag;Währung
                30.01.2024;31.01.2024;GEHALT JANUAR;1.234,56;EUR
                02.02.2024;02.02.2024;REWE SAGT DANKE;-12,3;EUR
                """);

        assertThat(lines(rows)).extracting(StatementLine::bookingDate, StatementLine::valueDate, StatementLine::amount)
                .containsExactly(
                        tuple(LocalDate.of(2024, 1, 30), LocalDate.of(2024, 1, 31), Money.ofMinor(123456, "EUR")),
                        tuple(LocalDate.of(2024, 2, 2), LocalDate.of(2024, 2, 2), Money.ofMinor(-1230, "EUR")));
    }

    @Test
    void quotedFieldsWithDelimitersAndLineBreaksKeepLineNumbers() throws IOException {
        List<StatementRow> rows = parse(CsvProfile.GENERIC, "GBP", """
                Date,Description,Amount

                2024-03-01,"Tesco, Kensington ""Express\""",-4.20
                2024-03-02,"two
                line memo",-1.00
                2024-03-03,after,-2.00
                """);

        assertThat(summaries(rows)).containsExactly(
                line(3, "2024-03-01", -420, "GBP", "Tesco, Kensington \"Express\""),
                line(4, "2024-03-02", -100, "GBP", "two\nline memo"),
                line(6, "2024-03-03", -200, "GBP", "after"));
    }

    @Test
    void badAmountAndBadDateAreRejectedNamingLineAndFieldWhileGoodRowsContinue() throws IOException {
        List<StatementRow> rows = parse(CsvProfile.GENERIC, "EUR", """
                Booking Date,Description,Amount
                2024-01-02,ok one,-1.00
                2024-01-03,bad amount,12.3x
                2024-02-30,bad date,-2.00
                2024-01-04,,
                2024-01-05,too precise,1.005
                2024-01-06,ok two,-3.00
                """);

        assertThat(lines(rows)).extracting(StatementLine::lineNumber).containsExactly(2L, 7L);
        assertThat(rejections(rows)).containsExactly(
                new Rejection(3, "Amount", "'12.3x' is not an amount with decimal separator '.'"),
                new Rejection(4, "Booking Date", "'2024-02-30' is not a date in pattern uuuu-M-d"),
                new Rejection(5, "Amount", "amount is missing"),
                new Rejection(6, "Amount", "amount 1.005 does not fit EUR minor units"));
        RejectedRow first = (RejectedRow) rows.get(1);
        assertThat(first.location()).isEqualTo("line 3");
        assertThat(first.rawRecord()).isEqualTo("2024-01-03,bad amount,12.3x");
    }

    @Test
    void amountHeaderNamingACurrencyWinsOverTheDefaultAndGuessedTypeColumnsAreIgnored() throws IOException {
        List<StatementRow> rows = parse(CsvProfile.GENERIC, "USD", """
                "Booking Date","Value Date","Partner Name",Type,"Payment Reference","Amount (EUR)","Original Currency"
                2020-03-07,,"Compte courant","Credit Transfer",,328.00,
                2020-03-08,,"","Debit Transfer","REF-9",-328.00,
                """);

        assertThat(summaries(rows)).containsExactly(
                line(2, "2020-03-07", 32800, "EUR", "Compte courant"),
                line(3, "2020-03-08", -32800, "EUR", "REF-9"));
        assertThat(lines(rows).get(1).reference()).isEqualTo("REF-9");
    }

    @Test
    void directionMarkersSignUnsignedAmountsAndCarriageReturnLineEndingsWork() throws IOException {
        List<StatementRow> rows = parse(CsvProfile.GENERIC, "USD",
                "Date,Description,Amount,Transaction Type\r6/12/15,Transfer out,\"1,000.00\",debit\r"
                        + "6/13/15,Transfer in,\"2,000.00\",credit\r6/14/15,Odd,5.00,sideways\r");

        assertThat(summaries(rows)).containsExactly(
                line(2, "2015-06-12", -100000, "USD", "Transfer out"),
                line(3, "2015-06-13", 200000, "USD", "Transfer in"));
        assertThat(rejections(rows)).containsExactly(new Rejection(4, "Transaction Type", "'sideways' is neither debit nor credit"));
    }

    @Test
    void preambleLinesAndAByteOrderMarkArePassedOver() throws IOException {
        List<StatementRow> rows = parse(CsvProfile.GENERIC, "GBP", """
                \uFEFFAccount,12-34-56 78901234
                Statement period,March 2024

                Date,Transaction Description,Paid out,Paid in
                05/03/2024,CARD PAYMENT TO PRET,4.50,
                25/03/2024,SALARY,,2000.00
                """);

        assertThat(summaries(rows)).containsExactly(
                line(5, "2024-03-05", -450, "GBP", "CARD PAYMENT TO PRET"),
                line(6, "2024-03-25", 200000, "GBP", "SALARY"));
    }

    @Test
    void ambiguousDayMonthOrderFailsTheFileUnlessTheProfileSaysWhich() throws IOException {
        String csv = """
                Date,Description,Amount
                01/02/2024,a,-1.00
                03/04/2024,b,-2.00
                """;

        assertThatThrownBy(() -> parse(CsvProfile.GENERIC, "EUR", csv))
                .isInstanceOf(StatementFormatException.class)
                .hasMessageContaining("fit both d/M/uuuu and M/d/uuuu");

        CsvProfile dayFirst = CsvProfiles.parse("uk", "date.pattern=dd/MM/uuuu");
        assertThat(lines(parse(dayFirst, "EUR", csv))).extracting(StatementLine::bookingDate)
                .containsExactly(LocalDate.of(2024, 2, 1), LocalDate.of(2024, 4, 3));
    }

    @Test
    void explicitProfileMapsOtherwiseUnknownColumns() throws IOException {
        CsvProfile profile = CsvProfiles.parse("ubs", """
                delimiter=;
                date.column=Date de valeur
                date.pattern=dd.MM.uuuu
                debit.column=Débit
                credit.column=Crédit
                description.columns=Description 1|Description 2
                currency.column=Monn.
                decimal.separator=.
                """);
        List<StatementRow> rows = parse(profile, null, """
                Produit;Monn.;Description;Date de valeur;Description 1;Description 2;Débit;Crédit;Solde
                0123;CHF;Compte;31.03.2019;Solde prix prestations;;10.00;;11'373.94
                0123;CHF;Compte;28.02.2019;Virement postal;ASSOCIATION FOO;;1'240.00;11'613.94
                """);

        assertThat(summaries(rows)).containsExactly(
                line(2, "2019-03-31", -1000, "CHF", "Solde prix prestations"),
                line(3, "2019-02-28", 124000, "CHF", "Virement postal ASSOCIATION FOO"));
    }

    @Test
    void rowsWithMoreFieldsThanTheHeaderOrNoCurrencyAreRejected() throws IOException {
        List<StatementRow> rows = parse(CsvProfile.GENERIC, null, """
                Date,Description,Amount,Currency
                2024-01-02,Coffee, large,-3.50,EUR
                2024-01-03,Tea,-2.00,
                2024-01-04,Cake,-4.00,XYZ
                """);

        assertThat(lines(rows)).isEmpty();
        assertThat(rejections(rows)).containsExactly(
                new Rejection(2, null, "has 5 fields but the header has 4 (an unquoted delimiter inside a value?)"),
                new Rejection(3, "Currency", "no currency: the row names none and the import has no default currency"),
                new Rejection(4, "Currency", "unknown ISO-4217 currency: 'XYZ'"));
    }

    @Test
    void aFileWithoutARecognisableHeaderFailsAsAWhole() throws IOException {
        assertThatThrownBy(() -> parse(CsvProfile.GENERIC, "EUR", "foo,bar\n1,2\n"))
                .isInstanceOf(StatementFormatException.class)
                .hasMessageContaining("no header row")
                .hasMessageContaining("[foo, bar] lacks date, amount (or debit and credit)");
        assertThatThrownBy(() -> parse(CsvProfiles.parse("x", "amount.column=Betrag"), "EUR", "Date,Amount\n2024-01-01,1\n"))
                .isInstanceOf(StatementFormatException.class)
                .hasMessageContaining("lacks amount column 'Betrag'");
        assertThatThrownBy(() -> parse(CsvProfile.GENERIC, "EUR", "\n\n"))
                .isInstanceOf(StatementFormatException.class)
                .hasMessageContaining("is empty");
    }

    @Test
    void anUnterminatedQuoteFailsNamingTheLine() throws IOException {
        assertThatThrownBy(() -> parse(CsvProfile.GENERIC, "EUR", "Date,Description,Amount\n2024-01-01,\"open,1.00\n"))
                .isInstanceOf(StatementFormatException.class)
                .hasMessageContaining("line 2: cannot read CSV");
    }

    record Rejection(long line, String field, String reason) {
    }

    private List<StatementRow> parse(CsvProfile profile, String currency, String content) throws IOException {
        Path file = dir.resolve("statement.csv");
        Files.writeString(file, content, StandardCharsets.UTF_8);
        List<StatementRow> rows = new ArrayList<>();
        try (StatementRows open = new CsvStatementParser(profile, currency).open(file)) {
            open.forEachRemaining(rows::add);
        }
        return rows;
    }

    private static List<StatementLine> lines(List<StatementRow> rows) {
        return rows.stream().filter(StatementLine.class::isInstance).map(StatementLine.class::cast).toList();
    }

    private static List<Rejection> rejections(List<StatementRow> rows) {
        return rows.stream().filter(RejectedRow.class::isInstance).map(RejectedRow.class::cast)
                .map(r -> new Rejection(r.lineNumber(), r.field(), r.reason())).toList();
    }

    /** A line reduced to what most of these tests compare. */
    record Summary(long line, LocalDate bookingDate, Money amount, String description) {
    }

    private static List<Summary> summaries(List<StatementRow> rows) {
        return lines(rows).stream()
                .map(l -> new Summary(l.lineNumber(), l.bookingDate(), l.amount(), l.description())).toList();
    }

    private static Summary line(long number, String date, long minor, String currency, String description) {
        return new Summary(number, LocalDate.parse(date), Money.ofMinor(minor, currency), description);
    }
}
