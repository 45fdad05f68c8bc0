package dev.banksync.testkit.postgres;

import dev.banksync.core.db.DbSettings;
import dev.banksync.core.db.Migrations;
import dev.banksync.core.db.SimpleDataSources;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Clean state per test, fast: the migrations run once per JVM into a template database, and each test gets its
 * own copy ({@code CREATE DATABASE … TEMPLATE}, a file copy of a few MB) which is dropped afterwards.
 */
public final class TestDatabases {

    private static final Logger LOG = LoggerFactory.getLogger(TestDatabases.class);
    /**
     * This JVM's template: JVMs sharing one external server (a parallel reactor build against BANKSYNC_TEST_PG_URL)
     * must not drop each other's while it is being copied.
     */
    private static final String TEMPLATE = "banksync_template_" + ProcessHandle.current().pid();
    /** Serialises template migrations across JVMs: the migrations create the cluster-wide roles. */
    private static final long MIGRATION_LOCK = 0x62616e6b73796e63L; // "banksync"

    private static final AtomicInteger COUNTER = new AtomicInteger();
    private static boolean templateReady;
    private static long templateMillis;

    private TestDatabases() {
    }

    /** A freshly migrated database of its own. */
    public static synchronized TestDatabase create(String hint) {
        PostgresServer server = PostgresProvider.shared();
        ensureTemplate(server);
        String name = ("t_" + ProcessHandle.current().pid() + "_" + COUNTER.incrementAndGet() + "_" + sanitize(hint));
        name = name.substring(0, Math.min(name.length(), 60));
        execute(server.admin(), "CREATE DATABASE " + name + " TEMPLATE " + TEMPLATE + " STRATEGY FILE_COPY");
        return new TestDatabase(server, name, server.database(name));
    }

    public static synchronized long templateMillis() {
        return templateMillis;
    }

    static void drop(PostgresServer server, String name) {
        execute(server.admin(), "DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
    }

    private static void ensureTemplate(PostgresServer server) {
        if (templateReady) {
            return;
        }
        long start = System.nanoTime();
        // A JVM with this pid before (an earlier run against an external server) may have left one behind.
        execute(server.admin(), "DROP DATABASE IF EXISTS " + TEMPLATE + " WITH (FORCE)");
        execute(server.admin(), "CREATE DATABASE " + TEMPLATE);
        try (Connection lock = SimpleDataSources.of(server.admin()).getConnection();
             Statement s = lock.createStatement()) {
            s.execute("SELECT pg_advisory_lock(" + MIGRATION_LOCK + ")"); // released when the connection closes
            Migrations.migrate(SimpleDataSources.of(server.database(TEMPLATE)));
        } catch (SQLException e) {
            throw new IllegalStateException("testkit: cannot lock the template migration: " + e.getMessage(), e);
        }
        templateReady = true;
        templateMillis = (System.nanoTime() - start) / 1_000_000;
        LOG.info("testkit template database migrated in {} ms", templateMillis);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                drop(server, TEMPLATE);
            } catch (RuntimeException e) {
                // the server may already be gone (the embedded one stops in its own hook): nothing to clean
            }
        }, "testkit-template-drop"));
    }

    static void execute(DbSettings settings, String sql) {
        try (Connection c = SimpleDataSources.of(settings).getConnection(); Statement s = c.createStatement()) {
            s.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("testkit: '" + sql + "' failed: " + e.getMessage(), e);
        }
    }

    private static String sanitize(String hint) {
        return hint == null ? "db" : hint.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "_");
    }
}
