package dev.banksync.batch.importer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.banksync.batch.BatchTestContext;
import dev.banksync.batch.ledger.LedgerAccounts;
import dev.banksync.batch.ops.SyncRun;
import dev.banksync.batch.ops.SyncRunListener;
import dev.banksync.batch.ops.SyncRuns;
import dev.banksync.core.event.EventJson;
import dev.banksync.core.event.TopicNames;
import dev.banksync.core.event.TransactionEvent;
import dev.banksync.core.money.Money;
import dev.banksync.testkit.BanksyncPostgres;
import dev.banksync.testkit.postgres.TestDatabase;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.InvalidJobParametersException;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.test.JobOperatorTestUtils;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * statementImportJob on a real PostgreSQL, connected as the batch writer role, with chunks of 2 rows so that a
 * file spans several transactions. Each test works on its own user and account.
 */
@ExtendWith(BanksyncPostgres.class)
class StatementImportIT {

    private static ConfigurableApplicationContext context;
    private static TestDatabase db;
    private static JdbcTemplate sql;

    @BeforeAll
    static void start(TestDatabase database) {
        db = database;
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
    void importsGoodRowsWithOneOutboxEventEachAndQuarantinesBadRows() throws Exception {
        account("u-import", "a-import");

        ImportResult result = service().importFile(ImportRequest.csv(fixture("checking-generic.csv"), "u-import", "a-import"));

        assertThat(result.succeeded()).as(String.valueOf(result.error())).isTrue();
        assertThat(result).extracting(ImportResult::fetched, ImportResult::inserted, ImportResult::duplicatesIgnored,
                ImportResult::rejected).containsExactly(8, 6, 0, 2);
        assertThat(ledgerRows("a-import")).containsExactly(
                row("2024-03-01", 250000, "Salary ACME Corp"),
                row("2024-03-02", -350, "COFFEE BAR"),
                row("2024-03-02", -350, "Coffee  Bar"),
                row("2024-03-04", -95000, "Rent, March"),
                row("2024-03-05", -1599, "Book shop\nsecond line"),
                row("2024-03-06", 400, "Refund"));
        assertThat(sql.queryForList("SELECT external_id FROM ledger.transactions WHERE account_id = 'a-import'"
                + " AND booking_date = '2024-03-02' ORDER BY external_id", String.class))
                .satisfiesExactly(e -> assertThat(e).endsWith(":1"), e -> assertThat(e).endsWith(":2"))
                .extracting(e -> e.substring(0, e.indexOf(':'))).as("one fingerprint").containsOnly(
                        StatementIdentities.fingerprint("a-import", LocalDate.of(2024, 3, 2),
                                Money.ofMinor(-350, "EUR"), "coffee bar"));

        List<TransactionEvent> events = outboxEvents("u-import");
        assertThat(events).extracting(TransactionEvent::transactionId).containsExactlyElementsOf(
                sql.queryForList("SELECT transaction_id FROM ledger.transactions WHERE account_id = 'a-import'"
                        + " ORDER BY booking_date, external_id", String.class));
        assertThat(events).allSatisfy(e -> {
            assertThat(e.type()).isEqualTo(TransactionEvent.EventType.UPSERT);
            assertThat(e.version()).isEqualTo(1);
            assertThat(e.status()).isEqualTo(TransactionEvent.TransactionStatus.POSTED);
            assertThat(e.source()).isEqualTo("file:csv");
            assertThat(e.accountId()).isEqualTo("a-import");
        });
        assertThat(events).extracting(e -> new Row(e.bookingDate(), e.amountMinor(), e.currency(), e.description()))
                .containsExactlyElementsOf(ledgerRows("a-import"));
        assertThat(sql.queryForList("SELECT DISTINCT topic FROM ops.outbox WHERE message_key = 'u-import'", String.class))
                .containsExactly(TopicNames.TRANSACTIONS);
        assertThat(sql.queryForObject("""
                SELECT count(*) FROM ledger.transactions t JOIN ops.outbox o ON o.payload->>'transactionId' = t.transaction_id
                WHERE t.account_id = 'a-import' AND t.xmin = o.xmin""", Long.class))
                .as("each ledger row was written by the same database transaction as its outbox row").isEqualTo(6);

        SyncRun run = context.getBean(SyncRuns.class).find(result.runId()).orElseThrow();
        assertThat(run.source()).isEqualTo("file:checking-generic.csv");
        assertThat(run.status()).isEqualTo(SyncRun.Status.SUCCEEDED);
        assertThat(run.jobExecutionId()).isEqualTo(result.jobExecutionId());
        assertThat(run.finishedAt()).isAfterOrEqualTo(run.startedAt());
        assertThat(sql.queryForList("""
                SELECT source || ' | ' || location || ' | ' || field || ' | ' || reason || ' | ' || raw_record
                FROM ops.rejected_records WHERE run_id = ? ORDER BY rejected_id""", String.class, result.runId()))
                .containsExactly(
                        "checking-generic.csv | line 5 | Amount | '12.3x' is not an amount with decimal separator '.'"
                                + " | 2024-03-03,Groceries,12.3x,EUR",
                        "checking-generic.csv | line 7 | Date | '2024-02-30' is not a date in pattern uuuu-M-d"
                                + " | 2024-02-30,Phone bill,-20.00,EUR");
    }

    @Test
    void reimportingTheSameFileAddsNoRowsAndNoEvents() throws Exception {
        account("u-again", "a-again");
        ImportRequest request = ImportRequest.csv(fixture("checking-generic.csv"), "u-again", "a-again");
        ImportResult first = service().importFile(request);

        ImportResult second = service().importFile(request);

        assertThat(second.succeeded()).isTrue();
        assertThat(second.runId()).isNotEqualTo(first.runId());
        assertThat(second).extracting(ImportResult::fetched, ImportResult::inserted, ImportResult::duplicatesIgnored,
                ImportResult::rejected).containsExactly(8, 0, 6, 2);
        assertThat(count("ledger.transactions WHERE account_id = 'a-again'")).isEqualTo(6);
        assertThat(count("ops.outbox WHERE message_key = 'u-again'")).isEqualTo(6);
    }

    @Test
    void aFailureAfterTheLedgerInsertRollsBackTheChunkLeavingNeitherRow() throws Exception {
        account("u-atomic", "a-atomic");
        // A real failure in the chunk's second statement: the outbox insert of the chunk holding "BOOM".
        db.execute("ALTER TABLE ops.outbox ADD CONSTRAINT no_boom CHECK (payload->>'description' <> 'BOOM')");
        ImportResult failed;
        try {
            failed = service().importFile(ImportRequest.csv(fixture("atomicity.csv"), "u-atomic", "a-atomic"));
        } finally {
            db.execute("ALTER TABLE ops.outbox DROP CONSTRAINT no_boom");
        }

        assertThat(failed.jobStatus()).isEqualTo(BatchStatus.FAILED);
        assertThat(failed.error()).contains("no_boom");
        assertThat(descriptions("SELECT description FROM ledger.transactions WHERE account_id = 'a-atomic'"))
                .containsExactlyInAnyOrder("first", "second");
        assertThat(descriptions("SELECT payload->>'description' FROM ops.outbox WHERE message_key = 'u-atomic'"))
                .containsExactlyInAnyOrder("first", "second");
        SyncRun run = context.getBean(SyncRuns.class).find(failed.runId()).orElseThrow();
        assertThat(run.status()).isEqualTo(SyncRun.Status.FAILED);
        assertThat(run.error()).contains("no_boom");
        assertThat(run.counts().inserted()).as("only the committed chunk counts").isEqualTo(2);

        ImportResult rerun = service().importFile(ImportRequest.csv(fixture("atomicity.csv"), "u-atomic", "a-atomic"));

        assertThat(rerun).extracting(ImportResult::succeeded, ImportResult::inserted, ImportResult::duplicatesIgnored)
                .containsExactly(true, 2, 2);
        assertThat(count("ops.outbox WHERE message_key = 'u-atomic'")).isEqualTo(4);
    }

    @Test
    void anUnreadableFileFailsTheRunWithTheReason() throws Exception {
        account("u-noheader", "a-noheader");

        ImportResult result = service().importFile(ImportRequest.csv(fixture("no-header.csv"), "u-noheader", "a-noheader"));

        assertThat(result.jobStatus()).isEqualTo(BatchStatus.FAILED);
        assertThat(result.error()).contains("no-header.csv: no header row");
        SyncRun run = context.getBean(SyncRuns.class).find(result.runId()).orElseThrow();
        assertThat(run.status()).isEqualTo(SyncRun.Status.FAILED);
        assertThat(run.error()).contains("no header row");
        assertThat(count("ledger.transactions WHERE account_id = 'a-noheader'")).isZero();
    }

    @Test
    void requestsThatCannotStartAreRefusedBeforeAnyRun() throws Exception {
        account("u-owner", "a-owned");
        long runsBefore = count("ops.sync_runs");
        Path file = fixture("checking-generic.csv");

        assertThatThrownBy(() -> service().importFile(ImportRequest.csv(file, "u-owner", "a-missing")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("account 'a-missing' does not exist");
        assertThatThrownBy(() -> service().importFile(ImportRequest.csv(file, "u-intruder", "a-owned")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("belongs to another user");
        assertThatThrownBy(() -> service().importFile(ImportRequest.csv(Path.of("/no/such.csv"), "u-owner", "a-owned")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("does not exist or is not readable");
        assertThatThrownBy(() -> accounts().ensure("u-intruder", "a-owned", "mine now", "EUR"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("belongs to another user");
        assertThat(count("ops.sync_runs")).isEqualTo(runsBefore);
    }

    @Test
    void theJobRunsWithoutTheServiceAsASchedulerWouldLaunchItAndValidatesItsParameters() throws Exception {
        account("u-direct", "a-direct");
        JobOperatorTestUtils launcher = new JobOperatorTestUtils(context.getBean(JobOperator.class),
                context.getBean(JobRepository.class));
        launcher.setJob(context.getBean(StatementImportJobConfiguration.JOB_NAME, Job.class));
        String file = fixture("checking-generic.csv").toString();

        assertThatThrownBy(() -> launcher.startJob(new JobParametersBuilder().addString(ImportParameters.FILE, file)
                .addString(ImportParameters.USER_ID, "u-direct").toJobParameters()))
                .isInstanceOf(InvalidJobParametersException.class).hasMessageContaining(ImportParameters.ACCOUNT_ID);

        JobExecution execution = launcher.startJob(new JobParametersBuilder()
                .addString(ImportParameters.FILE, file)
                .addString(ImportParameters.USER_ID, "u-direct")
                .addString(ImportParameters.ACCOUNT_ID, "a-direct").toJobParameters());

        assertThat(execution.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        long runId = execution.getExecutionContext().getLong(SyncRunListener.RUN_ID);
        assertThat(context.getBean(SyncRuns.class).find(runId).orElseThrow().counts().inserted()).isEqualTo(6);
        assertThat(count("ops.outbox WHERE message_key = 'u-direct'")).isEqualTo(6);
    }

    private static void account(String userId, String accountId) {
        LedgerAccounts.Account account = accounts().ensure(userId, accountId, "Checking", "EUR");
        assertThat(accounts().ensure(userId, accountId, "Checking", "EUR")).as("idempotent").isEqualTo(account);
    }

    private static LedgerAccounts accounts() {
        return context.getBean(LedgerAccounts.class);
    }

    private static StatementImportService service() {
        return context.getBean(StatementImportService.class);
    }

    private static Path fixture(String name) throws URISyntaxException {
        return Path.of(StatementImportIT.class.getResource("/statements/" + name).toURI());
    }

    private static Row row(String date, long minor, String description) {
        return new Row(LocalDate.parse(date), minor, "EUR", description);
    }

    private static List<Row> ledgerRows(String accountId) {
        return sql.query("""
                SELECT booking_date, amount_minor, currency, description FROM ledger.transactions
                WHERE account_id = ? ORDER BY booking_date, external_id""",
                (rs, i) -> new Row(rs.getObject(1, LocalDate.class), rs.getLong(2), rs.getString(3), rs.getString(4)),
                accountId);
    }

    private static List<TransactionEvent> outboxEvents(String userId) {
        return sql.queryForList("SELECT payload::text FROM ops.outbox WHERE message_key = ? ORDER BY outbox_id",
                        String.class, userId).stream()
                .map(json -> EventJson.readTransaction(json.getBytes(StandardCharsets.UTF_8))).toList();
    }

    private static List<String> descriptions(String query) {
        return sql.queryForList(query, String.class);
    }

    private static long count(String fromWhere) {
        return sql.queryForObject("SELECT count(*) FROM " + fromWhere, Long.class);
    }
}
