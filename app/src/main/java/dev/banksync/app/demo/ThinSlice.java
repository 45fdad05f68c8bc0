package dev.banksync.app.demo;

import dev.banksync.api.spending.MonthlySpending;
import dev.banksync.api.spending.SpendingQueries;
import dev.banksync.app.relay.Relays;
import dev.banksync.batch.importer.ImportRequest;
import dev.banksync.batch.importer.ImportResult;
import dev.banksync.batch.importer.StatementImportService;
import dev.banksync.batch.ledger.LedgerAccounts;
import dev.banksync.batch.outbox.OutboxRelay;
import dev.banksync.core.event.TopicNames;
import java.nio.file.Path;
import java.time.Duration;
import java.time.YearMonth;
import java.util.List;
import java.util.function.Predicate;
import javax.sql.DataSource;
import org.springframework.context.ApplicationContext;

/**
 * The foundation's end-to-end path, step by step, shared by {@code banksync demo} and its integration test so
 * the test proves what the demo runs: statement file → Spring Batch import (ledger + outbox in one transaction)
 * → outbox relay → Kafka → Flink InsightsJob → insights.spending_monthly → read back through the API reader role.
 */
public final class ThinSlice {

    private ThinSlice() {
    }

    /** Imports one statement into an account, creating user and account when missing. */
    public static ImportResult importStatement(ApplicationContext batch, Path file, String userId, String accountId,
                                               String currency) {
        batch.getBean(LedgerAccounts.class).ensure(userId, accountId, accountId, currency);
        return batch.getBean(StatementImportService.class)
                .importFile(new ImportRequest(file, userId, accountId, "csv", "generic", currency));
    }

    /** Publishes everything waiting in the outbox; returns how many rows went to Kafka. */
    public static int relayAll(DataSource batchWriter, String kafkaBootstrap, TopicNames topics) {
        try (OutboxRelay relay = Relays.open(batchWriter, kafkaBootstrap, topics)) {
            return Relays.drain(relay, Relays.DEFAULT_BATCH_SIZE);
        }
    }

    /**
     * Polls the API's view until {@code done} holds for the user's rows or the timeout passes; returns the last
     * rows read either way, so the caller's assertion shows what was there.
     */
    public static List<MonthlySpending> awaitSpending(SpendingQueries queries, String userId, YearMonth from,
                                                      YearMonth to, Predicate<List<MonthlySpending>> done,
                                                      Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        List<MonthlySpending> rows = queries.monthly(userId, from, to);
        while (!done.test(rows) && System.nanoTime() < deadline) {
            Thread.sleep(250);
            rows = queries.monthly(userId, from, to);
        }
        return rows;
    }
}
