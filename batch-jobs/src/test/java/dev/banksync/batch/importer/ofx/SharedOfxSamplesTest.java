package dev.banksync.batch.importer.ofx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.assertj.core.api.Assumptions.assumeThat;

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
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * An extra check on real OFX files from ofxparse's test suite, when the shared study folder exists (a fresh clone
 * lacks it; {@link OfxStatementParserTest} is the coverage). These samples come without expected parses: the
 * expected values were read off the files by hand.
 */
class SharedOfxSamplesTest {

    private static final Path SAMPLES = Path.of("../../shared/statement-samples/ofx").toAbsolutePath().normalize();

    @BeforeEach
    void samplesPresent() {
        assumeThat(Files.isDirectory(SAMPLES)).as("shared statement samples at " + SAMPLES).isTrue();
    }

    @Test
    void bankMediumOneLineSgmlWithTimeZones() throws IOException {
        assertThat(parse("ofxparse__bank_medium.ofx", null).lines())
                .extracting(StatementLine::bookingDate, StatementLine::amount, StatementLine::reference).containsExactly(
                        tuple(date("2009-04-01"), cad(-660), "0000123456782009040100001"),
                        tuple(date("2009-04-02"), cad(-31667), "0000123456782009040200004"),
                        tuple(date("2009-04-03"), cad(-2200), "0000123456782009040300005"));
    }

    @Test
    void checkingIndentedSgmlWhereMemoCompletesTheCutName() throws IOException {
        ParsedFile file = parse("ofxparse__checking.ofx", null);

        assertThat(file.lines()).extracting(StatementLine::bookingDate, StatementLine::amount).containsExactly(
                tuple(date("2011-03-31"), usd(1)), tuple(date("2011-04-05"), usd(-3451)), tuple(date("2011-04-07"), usd(-2500)));
        assertThat(file.lines().get(0).description()).isEqualTo("DIVIDEND EARNED FOR PERIOD OF 03/01/2011 THROUGH"
                + " 03/31/2011 ANNUAL PERCENTAGE YIELD EARNED IS 0.05%");
    }

    @Test
    void missingAndImpossibleDatesAreRejectedOneByOne() throws IOException {
        ParsedFile file = parse("ofxparse__fail_nice_date_missing.ofx", null);

        assertThat(file.lines()).isEmpty();
        assertThat(file.rejected()).extracting(RejectedRow::location, RejectedRow::field).containsExactly(
                tuple("line 33", "DTPOSTED"), tuple("line 40", "DTPOSTED"), tuple("line 48", "DTPOSTED"));
    }

    @Test
    void multipleAccountsNeedAChoiceAndHoldNoTransactions() throws IOException {
        assertThatThrownBy(() -> parse("ofxparse__multiple_accounts.ofx", null))
                .isInstanceOf(StatementFormatException.class).hasMessageContaining("[9100, 9200]");
        ParsedFile chosen = parse("ofxparse__multiple_accounts.ofx", "account=9200");
        assertThat(chosen.rows()).isEmpty();
    }

    @Test
    void emptyTagsWithATransactionCurrencyAndNoCurdef() throws IOException {
        assertThat(parse("ofxparse__ofx-v102-empty-tags.ofx", null).lines())
                .extracting(StatementLine::bookingDate, StatementLine::valueDate, StatementLine::amount,
                        StatementLine::description, StatementLine::reference)
                .containsExactly(tuple(date("2018-05-07"), date("2018-05-07"), Money.ofMinor(1234, "AUD"), "CBA:Transfer", null));
    }

    private static ParsedFile parse(String name, String profile) throws IOException {
        return ParsedFile.parse(new OfxStatementParser(StatementOptions.parse(profile), null), SAMPLES.resolve(name));
    }

    private static LocalDate date(String iso) {
        return LocalDate.parse(iso);
    }

    private static Money cad(long minor) {
        return Money.ofMinor(minor, "CAD");
    }

    private static Money usd(long minor) {
        return Money.ofMinor(minor, "USD");
    }
}
