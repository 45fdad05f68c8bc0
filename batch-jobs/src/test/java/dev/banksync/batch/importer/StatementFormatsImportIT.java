package dev.banksync.batch.importer;

import static dev.banksync.batch.importer.statement.ParsedFile.fixture;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.banksync.batch.BatchTestContext;
import dev.banksync.batch.ledger.LedgerAccounts;
import dev.banksync.core.event.EventJson;
import dev.banksync.core.event.TransactionEvent;
import dev.banksync.testkit.BanksyncPostgres;
import dev.banksync.testkit.postgres.TestDatabase;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.batch.core.BatchStatus;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * One file of each structured format (OFX, camt.053, MT940) through {@link StatementImportService} on a real
 * PostgreSQL as the batch writer role, in chunks of 2 rows: the good rows become ledger rows with one outbox event
 * each, the bad ones are quarantined with file, location and field, and a multi-account file imports only the
 * account the profile names.
 */
@ExtendWith(BanksyncPostgres.class)
class StatementFormatsImportIT {

    private static ConfigurableApplicationContext context;
    private static JdbcTemplate sql;

    @BeforeAll
    static void start(TestDatabase database) {
        sql = new JdbcTemplate(database.dataSource());
        context = BatchTestContext.start(database, "banksync.batch.import.chunk-size=2");
    }

    @AfterAll
    static void stop() {
        context.close();
    }

    record Row(LocalDate bookingDate, long amountMinor, String currency, String description) {
    }

    @Test
    void ofxGoodTransactionsAreBookedAndBadOnesQuarantined() {
        ImportResult result = importFile("u-ofx", "a-ofx", "ofx/malformed.ofx", "ofx", null);

        assertThat(result).extracting(ImportResult::succeeded, ImportResult::fetched, ImportResult::inserted,
                ImportResult::rejected).containsExactly(true, 6, 2, 4);
        assertThat(ledgerRows("a-ofx")).containsExactly(
                new Row(LocalDate.of(2024, 1, 2), -500, "EUR", "GOOD FIRST"),
                new Row(LocalDate.of(2024, 1, 6), 900, "EUR", "GOOD LAST"));
        assertOneOutboxEventPerLedgerRow("u-ofx", "a-ofx", "file:ofx");
        assertThat(quarantine(result)).containsExactly(
                tuple("malformed.ofx", "line 21", "DTPOSTED"),
                tuple("malformed.ofx", "line 27", "TRNAMT"),
                tuple("malformed.ofx", "line 34", "CURRENCY/CURSYM"),
                tuple("malformed.ofx", "line 42", "DTPOSTED"));
    }

    @Test
    void camtGoodEntriesAreBookedAndBadOnesQuarantinedWithTheirEntryPath() {
        ImportResult result = importFile("u-camt", "a-camt", "camt/malformed.xml", "camt053", null);

        assertThat(result).extracting(ImportResult::succeeded, ImportResult::fetched, ImportResult::inserted,
                ImportResult::rejected).containsExactly(true, 7, 2, 5);
        assertThat(ledgerRows("a-camt")).containsExactly(
                new Row(LocalDate.of(2024, 3, 1), -100, "EUR", "GOOD-1 text"),
                new Row(LocalDate.of(2024, 3, 7), 700, "EUR", "GOOD-2 text"));
        assertOneOutboxEventPerLedgerRow("u-camt", "a-camt", "file:camt053");
        assertThat(quarantine(result)).containsExactly(
                tuple("malformed.xml", "line 7", "Stmt[1]/Ntry[2]/BookgDt"),
                tuple("malformed.xml", "line 8", "Stmt[1]/Ntry[3]/Amt"),
                tuple("malformed.xml", "line 9", "Stmt[1]/Ntry[4]/Amt/@Ccy"),
                tuple("malformed.xml", "line 10", "Stmt[1]/Ntry[5]/Amt"),
                tuple("malformed.xml", "line 11", "Stmt[1]/Ntry[6]/BookgDt/Dt"));
    }

    @Test
    void mt940GoodEntriesAreBookedAndBadOnesAndTheCutStatementQuarantined() {
        ImportResult result = importFile("u-mt940", "a-mt940", "mt940/malformed.sta", "mt940", null);

        assertThat(result).extracting(ImportResult::succeeded, ImportResult::fetched, ImportResult::inserted,
                ImportResult::rejected).containsExactly(true, 9, 3, 6);
        assertThat(ledgerRows("a-mt940")).containsExactly(
                new Row(LocalDate.of(2024, 3, 2), -1000, "EUR", "GOOD FIRST"),
                new Row(LocalDate.of(2024, 3, 31), 1400, "EUR", "GOOD LAST"),
                new Row(LocalDate.of(2024, 4, 3), 500, "EUR", "BEFORE THE CUT"));
        assertOneOutboxEventPerLedgerRow("u-mt940", "a-mt940", "file:mt940");
        assertThat(quarantine(result)).extracting(t -> t.toList().get(2)).containsExactly(":61: value date",
                ":61: amount", ":61: debit/credit mark", ":60F: currency", ":61: amount", ":62F:");
    }

    @Test
    void aMultiAccountFileImportsTheAccountTheProfileNamesAndIsRefusedWithoutOne() {
        ImportResult refused = importFile("u-multi", "a-multi", "camt/two-accounts.xml", "camt053", null);

        assertThat(refused.jobStatus()).isEqualTo(BatchStatus.FAILED);
        assertThat(refused.error()).contains("two-accounts.xml holds statements of 2 accounts");
        assertThat(ledgerRows("a-multi")).isEmpty();

        ImportResult chosen = importFile("u-multi", "a-multi", "camt/two-accounts.xml", "camt",
                "account=NL20INGB0001234567");

        assertThat(chosen).extracting(ImportResult::succeeded, ImportResult::fetched, ImportResult::inserted,
                ImportResult::rejected).containsExactly(true, 2, 2, 0);
        assertThat(ledgerRows("a-multi")).extracting(Row::description).containsExactly("B-1 text", "B-2 text");
        assertOneOutboxEventPerLedgerRow("u-multi", "a-multi", "file:camt053");
    }

    private static ImportResult importFile(String user, String account, String fixture, String format, String profile) {
        context.getBean(LedgerAccounts.class).ensure(user, account, "Checking", "EUR");
        return context.getBean(StatementImportService.class)
                .importFile(new ImportRequest(fixture(fixture), user, account, format, profile, null));
    }

    private static List<Row> ledgerRows(String accountId) {
        return sql.query("""
                SELECT booking_date, amount_minor, currency, description FROM ledger.transactions
                WHERE account_id = ? ORDER BY booking_date, external_id""",
                (rs, i) -> new Row(rs.getObject(1, LocalDate.class), rs.getLong(2), rs.getString(3), rs.getString(4)),
                accountId);
    }

    private static void assertOneOutboxEventPerLedgerRow(String userId, String accountId, String source) {
        List<TransactionEvent> events = sql.queryForList(
                        "SELECT payload::text FROM ops.outbox WHERE message_key = ? ORDER BY outbox_id", String.class, userId)
                .stream().map(json -> EventJson.readTransaction(json.getBytes(StandardCharsets.UTF_8))).toList();
        assertThat(events).extracting(TransactionEvent::transactionId).containsExactlyInAnyOrderElementsOf(
                sql.queryForList("SELECT transaction_id FROM ledger.transactions WHERE account_id = ?", String.class,
                        accountId));
        assertThat(events).allSatisfy(e -> {
            assertThat(e.source()).isEqualTo(source);
            assertThat(e.accountId()).isEqualTo(accountId);
            assertThat(e.status()).isEqualTo(TransactionEvent.TransactionStatus.POSTED);
        });
        assertThat(events).extracting(e -> new Row(e.bookingDate(), e.amountMinor(), e.currency(), e.description()))
                .containsExactlyInAnyOrderElementsOf(ledgerRows(accountId));
    }

    private static List<org.assertj.core.groups.Tuple> quarantine(ImportResult result) {
        return sql.query("""
                SELECT source, location, field FROM ops.rejected_records WHERE run_id = ? ORDER BY rejected_id""",
                (rs, i) -> tuple(rs.getString(1), rs.getString(2), rs.getString(3)), result.runId());
    }
}
