package dev.banksync.testkit.postgres;

import dev.banksync.core.db.DbSettings;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Gives the JVM one PostgreSQL server, choosing in order: a server named by {@code BANKSYNC_TEST_PG_URL}
 * (with {@code BANKSYNC_TEST_PG_USER}/{@code BANKSYNC_TEST_PG_PASSWORD}); a Testcontainers PostgreSQL 17 when a
 * Docker engine answers; otherwise embedded PostgreSQL 17. Started once, shared by every test class in the JVM.
 */
public final class PostgresProvider {

    private static final Logger LOG = LoggerFactory.getLogger(PostgresProvider.class);
    private static PostgresServer shared;
    private static long startupMillis;

    private PostgresProvider() {
    }

    public static synchronized PostgresServer shared() {
        if (shared == null) {
            long start = System.nanoTime();
            shared = start();
            startupMillis = (System.nanoTime() - start) / 1_000_000;
            LOG.info("testkit PostgreSQL ({}) ready in {} ms", shared.kind(), startupMillis);
            PostgresServer server = shared;
            Runtime.getRuntime().addShutdownHook(new Thread(() -> closeQuietly(server), "testkit-pg-stop"));
        }
        return shared;
    }

    public static synchronized long startupMillis() {
        return startupMillis;
    }

    private static PostgresServer start() {
        Optional<String> url = env("BANKSYNC_TEST_PG_URL");
        if (url.isPresent()) {
            DbSettings settings = new DbSettings(url.get(),
                    env("BANKSYNC_TEST_PG_USER").orElse("postgres"), env("BANKSYNC_TEST_PG_PASSWORD").orElse(""));
            return new ExternalPostgresServer(settings);
        }
        if (DockerProbe.dockerAvailable()) {
            return ContainerPostgresServer.start();
        }
        try {
            return EmbeddedPostgresServer.startTemporary();
        } catch (Exception e) {
            throw new IllegalStateException("cannot start embedded PostgreSQL", e);
        }
    }

    static Optional<String> env(String name) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(value);
    }

    private static void closeQuietly(PostgresServer server) {
        try {
            server.close();
        } catch (Exception e) {
            LOG.warn("stopping testkit PostgreSQL failed", e);
        }
    }

    /** A server somebody else runs; we never stop it. */
    record ExternalPostgresServer(DbSettings admin) implements PostgresServer {
        @Override
        public String kind() {
            return "env";
        }
    }
}
