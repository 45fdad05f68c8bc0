package dev.banksync.app.demo;

import dev.banksync.batch.ops.RunCounts;
import dev.banksync.batch.ops.SyncRun;
import dev.banksync.batch.sync.BankSyncResult;
import dev.banksync.batch.sync.BankSyncService;
import dev.banksync.batch.sync.connection.BankConnections;
import dev.banksync.batch.sync.token.AccessToken;
import dev.banksync.sandbox.SandboxBank;
import dev.banksync.sandbox.connection.Connection;
import java.time.Duration;
import javax.sql.DataSource;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The demo's bank sync: links every connection of the embedded sandbox bank (tokens sealed, as
 * {@code banksync connections link-sandbox} does), runs one slot of bankSyncJob over them, and then counts what the
 * stream job made of them, read as the API reader.
 */
final class DemoSandboxSync {

    /** A slot's result and its counts summed over the connections. */
    record Synced(BankSyncResult result, RunCounts counts) {

        String describe() {
            return String.format("%d connections %s: %d fetched, %d new, %d updated, %d pending→posted, %d removed,"
                            + " %d duplicates ignored, %d rejected", result.connections().size(), result.outcome(),
                    counts.fetched(), counts.inserted(), counts.updated(), counts.pendingPosted(), counts.removed(),
                    counts.duplicatesIgnored(), counts.rejected());
        }
    }

    /** What the insights hold for the sandbox's users. */
    record Insights(int users, long categorised, long byModel, long recurringStreams, long anomalies) {
    }

    private static final String NOT_THE_STATEMENT_USER = "user_id <> '" + DemoCommand.USER + "'";

    private DemoSandboxSync() {
    }

    /** Links every connection of the bank, then syncs them in a slot of its today. */
    static Synced linkAndSync(ApplicationContext batch, SandboxBank bank) {
        BankConnections connections = batch.getBean(BankConnections.class);
        for (Connection c : bank.connections()) {
            connections.create(c.userId(), "sandbox", c.institution(), c.connectionId(),
                    AccessToken.of(c.accessToken()));
        }
        return sync(batch, bank);
    }

    /**
     * The bank lives {@code days} more days (pendings post, some with a tip, some vanish; corrections), then the
     * next slot syncs what changed.
     */
    static Synced later(ApplicationContext batch, SandboxBank bank, int days) {
        bank.advanceDays(days);
        return sync(batch, bank);
    }

    private static Synced sync(ApplicationContext batch, SandboxBank bank) {
        BankSyncResult result = batch.getBean(BankSyncService.class).syncAll(bank.today(), "demo");
        if (!result.succeeded()) {
            throw new IllegalStateException("the sandbox sync did not complete: " + result);
        }
        RunCounts total = result.connections().stream().map(SyncRun::counts).reduce(RunCounts.ZERO, RunCounts::plus);
        return new Synced(result, total);
    }

    /** Waits until every live sandbox transaction of the ledger has its category in the insights, then counts. */
    static Insights awaitInsights(DataSource batchWriter, DataSource apiReader, Duration timeout)
            throws InterruptedException {
        long live = new JdbcTemplate(batchWriter).queryForObject("SELECT count(*) FROM ledger.transactions"
                + " WHERE removed_at IS NULL AND " + NOT_THE_STATEMENT_USER, Long.class);
        JdbcTemplate insights = new JdbcTemplate(apiReader);
        long deadline = System.nanoTime() + timeout.toNanos();
        long categorised = 0;
        while (System.nanoTime() < deadline) {
            categorised = count(insights, "v_transaction_categories", "");
            if (categorised == live) {
                return new Insights(
                        insights.queryForObject("SELECT count(DISTINCT user_id) FROM insights.v_transaction_categories"
                                + " WHERE " + NOT_THE_STATEMENT_USER, Integer.class),
                        categorised, count(insights, "v_transaction_categories", " AND decided_by = 'MODEL'"),
                        count(insights, "v_recurring_streams", ""), count(insights, "v_anomalies", ""));
            }
            Thread.sleep(250);
        }
        throw new IllegalStateException("after " + timeout.toSeconds() + " s the insights categorise " + categorised
                + " of the sandbox users' " + live + " live transactions");
    }

    private static long count(JdbcTemplate insights, String view, String and) {
        return insights.queryForObject("SELECT count(*) FROM insights." + view + " WHERE " + NOT_THE_STATEMENT_USER
                + and, Long.class);
    }
}
