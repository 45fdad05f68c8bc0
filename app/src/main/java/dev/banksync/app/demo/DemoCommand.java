package dev.banksync.app.demo;

import dev.banksync.api.security.ApiTokens;
import dev.banksync.api.spending.MonthlySpending;
import dev.banksync.api.spending.SpendingQueries;
import dev.banksync.app.cli.JsonOutput;
import dev.banksync.app.cli.UntilStopped;
import dev.banksync.app.spring.SpringContexts;
import dev.banksync.batch.importer.ImportResult;
import dev.banksync.core.db.DbSettings;
import dev.banksync.core.db.SimpleDataSources;
import dev.banksync.sandbox.SandboxBank;
import dev.banksync.sandbox.SandboxConfig;
import dev.banksync.stream.InsightsJobConfig;
import dev.banksync.stream.InsightsJobMain;
import dev.banksync.stream.state.StateTtl;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.apache.flink.core.execution.JobClient;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine;

/**
 * {@code banksync demo}: the whole pipeline in one JVM with nothing installed — embedded PostgreSQL, in-JVM
 * Kafka, Flink in local mode — importing a sample statement and syncing an embedded sandbox bank (bankSyncJob
 * over its cursor-sync API), then showing the insights they produced and serving them over the query API until
 * Ctrl-C ({@code --exit} stops after the summary).
 */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = "Run the end-to-end pipeline on embedded infrastructure and show the insights.")
public final class DemoCommand implements Callable<Integer> {

    static final String USER = "demo-user";
    static final String ACCOUNT = "demo-checking";

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--statement", description = "CSV statement to import (default: a bundled sample in EUR)")
    Path statement;

    @Option(names = "--currency", defaultValue = "EUR", description = "currency of the account (default: ${DEFAULT-VALUE})")
    String currency;

    @Option(names = "--api-port", defaultValue = "8080", description = "query API port (default: ${DEFAULT-VALUE})")
    int apiPort;

    @Option(names = "--exit", description = "stop after printing the insights instead of serving the API")
    boolean exit;

    @Option(names = "--sandbox-users", defaultValue = "5",
            description = "users of the embedded sandbox bank to link and sync, 0 for none (default: ${DEFAULT-VALUE})")
    int sandboxUsers;

    @Option(names = "--json", description = "print the insights as JSON (implies --exit)")
    boolean json;

    @Override
    public Integer call() throws Exception {
        var out = spec.commandLine().getOut();
        Progress progress = json ? Progress.silent() : new Progress(out);
        Path file = statement != null ? statement : bundledStatement();
        try (EmbeddedInfrastructure infra = EmbeddedInfrastructure.start(progress);
             SandboxBank bank = sandboxUsers > 0 ? progress.step("starting the sandbox bank (" + sandboxUsers
                     + " users)", () -> SandboxBank.start(SandboxConfig.defaults().withUsers(sandboxUsers))) : null) {
            DbSettings batchLogin = infra.login("banksync_batch_writer");
            ImportResult imported;
            DemoSandboxSync.Synced synced = null;
            String[] batchProperties = bank == null ? new String[] {"--spring.flyway.enabled=false"}
                    : new String[] {"--spring.flyway.enabled=false", "--banksync.sync.sandbox.url=" + bank.baseUrl()};
            try (var batch = SpringContexts.batch(batchLogin, batchProperties)) {
                imported = progress.step("importing " + file.getFileName() + " (Spring Batch)",
                        () -> ThinSlice.importStatement(batch, file, USER, ACCOUNT, currency));
                progress.info("%d rows read, %d new, %d rejected (see ops.rejected_records)", imported.fetched(),
                        imported.inserted(), imported.rejected());
                if (bank != null) {
                    synced = progress.step("linking the sandbox bank's connections and syncing them (bankSyncJob)",
                            () -> DemoSandboxSync.linkAndSync(batch, bank));
                    progress.info("%s", synced.describe());
                    synced = progress.step("three days later at the bank, the next sync",
                            () -> DemoSandboxSync.later(batch, bank, 3));
                    progress.info("%s", synced.describe());
                }
            }
            int sent = progress.step("relaying the outbox to Kafka",
                    () -> ThinSlice.relayAll(SimpleDataSources.of(batchLogin), infra.kafkaBootstrap(), infra.topics()));
            progress.info("%d TransactionEvents on %s", sent, infra.topics().transactions());

            JobClient job = progress.step("starting the Flink InsightsJob (local mode)", () -> InsightsJobMain.runLocal(
                    new InsightsJobConfig(infra.kafkaBootstrap(), infra.topics(), "banksync-demo",
                            infra.login("banksync_stream_writer"), 2, Duration.ofSeconds(2),
                            InsightsJobConfig.StartingOffsets.EARLIEST, StateTtl.DEFAULT)));
            try {
                DbSettings apiLogin = infra.login("banksync_api_reader");
                SpendingQueries queries = new SpendingQueries(SimpleDataSources.of(apiLogin));
                List<MonthlySpending> rows = progress.step("waiting for insights.spending_monthly",
                        () -> ThinSlice.awaitSpending(queries, USER, YearMonth.of(1970, 1), YearMonth.of(9999, 12),
                                r -> r.stream().mapToInt(MonthlySpending::transactionCount).sum() == imported.inserted(),
                                Duration.ofSeconds(60)));
                DemoSandboxSync.Insights sandboxInsights = synced == null ? null : progress.step(
                        "waiting for the sandbox users' insights", () -> DemoSandboxSync.awaitInsights(
                                SimpleDataSources.of(batchLogin), SimpleDataSources.of(apiLogin),
                                Duration.ofSeconds(120)));
                print(rows, sandboxInsights);
                if (!exit && !json) {
                    serveApi(apiLogin);
                }
            } finally {
                job.cancel().get();
            }
        }
        return 0;
    }

    private void print(List<MonthlySpending> rows, DemoSandboxSync.Insights sandbox) {
        var out = spec.commandLine().getOut();
        if (json) {
            Map<String, Object> result = new java.util.LinkedHashMap<>();
            result.put("userId", USER);
            result.put("spendingMonthly", rows);
            if (sandbox != null) {
                result.put("sandbox", sandbox);
            }
            JsonOutput.print(out, result);
            return;
        }
        out.printf("%nSpending of %s (insights.v_spending_monthly, read as banksync_api_reader):%n", USER);
        out.printf("  %-8s %-22s %-4s %12s %12s %5s%n", "month", "category", "cur", "spent", "received", "txns");
        for (MonthlySpending r : rows) {
            if (r.transactionCount() > 0) {
                out.printf("  %-8s %-22s %-4s %12s %12s %5d%n", r.month(), r.category(), r.currency(),
                        decimal(r.spentMinor()), decimal(r.receivedMinor()), r.transactionCount());
            }
        }
        if (sandbox != null) {
            out.printf("%nThe sandbox bank's %d users (read as banksync_api_reader): %d transactions categorised"
                            + " (%d by the model), %d recurring streams, %d anomalies alerted%n", sandbox.users(),
                    sandbox.categorised(), sandbox.byModel(), sandbox.recurringStreams(), sandbox.anomalies());
        }
        out.flush();
    }

    private void serveApi(DbSettings apiLogin) throws InterruptedException {
        var ctx = SpringContexts.api(apiLogin, apiPort);
        String token = ctx.getBean(ApiTokens.class).mint(USER, Duration.ofHours(12));
        spec.commandLine().getOut().printf("%nQuery API (a token for %s, valid 12 h):%n  curl -H 'Authorization: Bearer %s' "
                + "'http://localhost:%d/api/v1/users/%s/spending/monthly?from=2026-01'%nCtrl-C stops the demo.%n",
                USER, token, apiPort, USER);
        spec.commandLine().getOut().flush();
        UntilStopped.await("demo", ctx::close);
    }

    private static String decimal(long minor) {
        return java.math.BigDecimal.valueOf(minor, 2).toPlainString();
    }

    private static Path bundledStatement() throws java.io.IOException {
        Path file = Files.createTempFile("banksync-demo-statement", ".csv");
        file.toFile().deleteOnExit();
        try (InputStream in = DemoCommand.class.getResourceAsStream("/demo/demo-statement.csv")) {
            Files.copy(in, file, StandardCopyOption.REPLACE_EXISTING);
        }
        return file;
    }
}
