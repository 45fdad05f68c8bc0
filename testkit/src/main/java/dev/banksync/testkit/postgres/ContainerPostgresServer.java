package dev.banksync.testkit.postgres;

import dev.banksync.core.db.DbSettings;
import org.testcontainers.postgresql.PostgreSQLContainer;

/** PostgreSQL 17 in a Testcontainers container, for machines with a Docker engine. */
final class ContainerPostgresServer implements PostgresServer {

    static final String IMAGE = "postgres:17.6";
    private final PostgreSQLContainer container;

    private ContainerPostgresServer(PostgreSQLContainer container) {
        this.container = container;
    }

    static ContainerPostgresServer start() {
        PostgreSQLContainer container = new PostgreSQLContainer(IMAGE)
                .withDatabaseName("postgres")
                .withUsername("postgres")
                .withPassword("postgres")
                .withCommand("postgres", "-c", "fsync=off", "-c", "max_connections=300");
        container.start();
        return new ContainerPostgresServer(container);
    }

    @Override
    public DbSettings admin() {
        return new DbSettings(container.getJdbcUrl(), container.getUsername(), container.getPassword());
    }

    @Override
    public String kind() {
        return "testcontainers";
    }

    @Override
    public void close() {
        container.stop();
    }
}
