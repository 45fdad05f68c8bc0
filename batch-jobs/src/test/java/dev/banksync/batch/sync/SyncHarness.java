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

    private SyncHarness(SandboxBank bank, ConfigurableApplicationContext context, JdbcTemplate sql) {
        this.bank = bank;
        this.context = context;
        this.sql = sql;
    }

    static SyncHarness start(TestDatabase db, SandboxConfig config, String... properties) {
        SandboxBank bank = SandboxBank.start(config);
        Map<String, String> all = new LinkedHashMap<>();
        for (String p : List.of("banksync.sync.sandbox.url=" + bank.baseUrl(), "banksync.sync.sandbox.page-size=100",
                "banksync.sync.pages-per-commit=3", "banksync.sync.retry.initial-backoff=20ms",
                "banksync.sync.retry.max-backoff=200ms", "banksync.sync.rate-limit.per-second=1000")) {
            all.put(p.substring(0, p.indexOf('=')), p);
        }
        for (String p : properties) { // the test's own settings replace the defaults above
            all.put(p.substring(0, p.indexOf('=')), p);
        }
        ConfigurableApplicationContext context = BatchTestContext.start(db, all.values().toArray(String[]::new));
        return new SyncHarness(bank, context, new JdbcTemplate(db.dataSource()));
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
        bank.close();
    }
}
