package dev.banksync.benchmarks.sync;

import dev.banksync.batch.sync.BankSyncResult;
import dev.banksync.batch.sync.BankSyncService;
import dev.banksync.batch.sync.connection.BankConnections;
import dev.banksync.batch.sync.token.AccessToken;
import dev.banksync.sandbox.SandboxBank;
import dev.banksync.sandbox.SandboxConfig;
import dev.banksync.sandbox.connection.Connection;
import dev.banksync.testkit.postgres.TestDatabase;
import dev.banksync.testkit.postgres.TestDatabases;
import java.time.LocalDate;
import java.util.Locale;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The whole path, as an operator runs it: {@code bankSyncJob} syncing every connection of a sandbox bank over
 * HTTP (pages of 500, JSON, retries armed) and reconciling into the ledger with outbox events. The sandbox's
 * simulation of each user is built before the clock starts, so only the sync is timed.
 */
final class EndToEndSync {

    /** What one run did: ledger rows at the end, changes fetched, seconds. */
    record Result(long rows, long fetched, double seconds) {
        String line() {
            return String.format(Locale.ROOT, "%-82s %7.2f s %,10.0f rows/s (%,d rows, %,d changes fetched)",
                    "bankSyncJob end to end from the sandbox over HTTP", seconds, rows / seconds, rows, fetched);
        }
    }

    private EndToEndSync() {
    }

    static Result run(int users, int parallelism, int pagesPerCommit) {
        try (SandboxBank bank = SandboxBank.start(SandboxConfig.defaults().withUsers(users)
                .withCachedConnections(users + 1).withThreads(4));
             TestDatabase db = TestDatabases.create("sync_e2e")) {
            bank.connections().forEach(c -> bank.groundTruth(c.connectionId())); // build every simulation now
            try (ConfigurableApplicationContext context = new SpringApplicationBuilder(SyncBenchApplication.class)
                    .web(WebApplicationType.NONE)
                    .run("--spring.datasource.url=" + db.settings().url(),
                            "--spring.datasource.username=" + db.settings().user(),
                            "--spring.datasource.password=" + (db.settings().password() == null ? ""
                                    : db.settings().password()),
                            "--spring.main.banner-mode=off", "--logging.config=classpath:logback-sync-benchmark.xml",
                            "--banksync.sync.sandbox.url=" + bank.baseUrl(),
                            "--banksync.sync.parallelism=" + parallelism,
                            "--banksync.sync.pages-per-commit=" + pagesPerCommit,
                            "--banksync.sync.rate-limit.per-second=100000")) {
                BankConnections connections = context.getBean(BankConnections.class);
                for (Connection c : bank.connections()) {
                    connections.create(c.userId(), "sandbox", c.institution(), c.connectionId(),
                            AccessToken.of(c.accessToken()));
                }
                long start = System.nanoTime();
                BankSyncResult result = context.getBean(BankSyncService.class)
                        .syncAll(LocalDate.of(2026, 1, 5), "bench");
                double seconds = (System.nanoTime() - start) / 1e9;
                if (!result.succeeded()) {
                    throw new IllegalStateException("the benchmark sync failed: " + result);
                }
                long fetched = result.connections().stream().mapToLong(r -> r.counts().fetched()).sum();
                return new Result(db.queryLong("SELECT count(*) FROM ledger.transactions"), fetched, seconds);
            }
        }
    }
}
