package dev.banksync.testkit.postgres;

import dev.banksync.core.db.DbSettings;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;

/**
 * PostgreSQL 17 binaries run from the JVM (zonky), no installation or Docker. Used by tests on machines without
 * Docker and by the embedded {@code banksync demo}. A persistent data directory restarts in well under a second.
 */
public final class EmbeddedPostgresServer implements PostgresServer {

    private final EmbeddedPostgres postgres;

    private EmbeddedPostgresServer(EmbeddedPostgres postgres) {
        this.postgres = postgres;
    }

    /** A throw-away server on a free port with a fresh data directory. */
    public static EmbeddedPostgresServer startTemporary() throws IOException {
        return new EmbeddedPostgresServer(tuned(EmbeddedPostgres.builder()).start());
    }

    /** A server whose data survives restarts, e.g. the demo's {@code .banksync/pgdata}. */
    public static EmbeddedPostgresServer startPersistent(Path dataDirectory, int port) throws IOException {
        EmbeddedPostgres.Builder builder = tuned(EmbeddedPostgres.builder())
                .setDataDirectory(dataDirectory)
                .setCleanDataDirectory(false);
        if (port > 0) {
            builder.setPort(port);
        }
        return new EmbeddedPostgresServer(builder.start());
    }

    private static EmbeddedPostgres.Builder tuned(EmbeddedPostgres.Builder builder) {
        // Durability settings off: these servers hold test and demo data only, and fsync dominates their run time.
        return builder
                .setPGStartupWait(Duration.ofSeconds(60))
                .setServerConfig("fsync", "off")
                .setServerConfig("synchronous_commit", "off")
                .setServerConfig("full_page_writes", "off")
                .setServerConfig("max_connections", "300")
                .setServerConfig("shared_buffers", "256MB");
    }

    public int port() {
        return postgres.getPort();
    }

    @Override
    public DbSettings admin() {
        // No ?user= in the URL: pgjdbc lets a URL parameter win over the user a caller passes, which would make
        // every "login as role X" silently connect as the superuser.
        return new DbSettings("jdbc:postgresql://localhost:" + postgres.getPort() + "/postgres", "postgres", "postgres");
    }

    @Override
    public String kind() {
        return "embedded";
    }

    @Override
    public void close() throws IOException {
        postgres.close();
    }
}
