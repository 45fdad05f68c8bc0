package dev.banksync.batch.sync;

import dev.banksync.batch.BatchTestContext;
import dev.banksync.batch.sync.connection.BankConnections;
import dev.banksync.batch.sync.token.AccessToken;
import dev.banksync.sandbox.SandboxBank;
import dev.banksync.sandbox.SandboxConfig;
import dev.banksync.sandbox.connection.Connection;
import dev.banksync.testkit.postgres.TestDatabase;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * An embedded sandbox bank and the batch jobs' Spring context pointed at it, on one test database; retries are
 * fast so fault tests stay short.
 */
final class SyncHarness implements AutoCloseable {

    final SandboxBank bank;
    final ConfigurableApplicationContext context;
    final JdbcTemplate sql;
    private final boolean ownsBank;

    private SyncHarness(SandboxBank bank, ConfigurableApplicationContext context, JdbcTemplate sql,
                        boolean ownsBank) {
        this.bank = bank;
        this.context = context;
        this.sql = sql;
        this.ownsBank = ownsBank;
    }

    /** A new sandbox bank (closed with the harness) and a context on {@code db}. */
    static SyncHarness start(TestDatabase db, SandboxConfig config, String... properties) {
        SandboxBank bank = SandboxBank.start(config);
        return new SyncHarness(bank, BatchTestContext.start(db, properties(bank, properties)),
                new JdbcTemplate(db.dataSource()), true);
    }

    /** A context on {@code db} syncing from a bank the caller owns. */
    static SyncHarness on(TestDatabase db, SandboxBank bank, String... properties) {
        return new SyncHarness(bank, BatchTestContext.start(db, properties(bank, properties)),
                new JdbcTemplate(db.dataSource()), false);
    }

    /** The test defaults for syncing from {@code bank}; the given settings replace them. */
    static String[] properties(SandboxBank bank, String... overrides) {
        Map<String, String> all = new LinkedHashMap<>();
        for (String p : List.of("banksync.sync.sandbox.url=" + bank.baseUrl(), "banksync.sync.sandbox.page-size=100",
                "banksync.sync.pages-per-commit=3", "banksync.sync.retry.initial-backoff=20ms",
                "banksync.sync.retry.max-backoff=200ms", "banksync.sync.rate-limit.per-second=1000")) {
            all.put(p.substring(0, p.indexOf('=')), p);
        }
        for (String p : overrides) {
            all.put(p.substring(0, p.indexOf('=')), p);
        }
        return all.values().toArray(String[]::new);
    }

    /** Links every sandbox connection (or the first {@code limit}) as ours; sandbox id to our connection id. */
    Map<String, Long> link(String provider, int limit) {
        Map<String, Long> ids = new LinkedHashMap<>();
        for (Connection c : bank.connections().stream().limit(limit).toList()) {
            ids.put(c.connectionId(), connections().create(c.userId(), provider, c.institution(), c.connectionId(),
                    AccessToken.of(c.accessToken())));
        }
        return ids;
    }

    BankConnections connections() {
        return context.getBean(BankConnections.class);
    }

    BankSyncService service() {
        return context.getBean(BankSyncService.class);
    }

    long count(String fromWhere) {
        return sql.queryForObject("SELECT count(*) FROM " + fromWhere, Long.class);
    }

    @Override
    public void close() {
        context.close();
        if (ownsBank) {
            bank.close();
        }
    }
}
