package dev.banksync.core.db;

import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Runs the storage contract's Flyway migrations ({@code classpath:db/migration} in this module). Running it again
 * on a migrated database is a no-op. Apps call it at start-up; operators call {@code banksync db migrate}.
 */
public final class Migrations {

    public static final String LOCATION = "classpath:db/migration";

    private Migrations() {
    }

    public static MigrateResult migrate(DataSource dataSource) {
        return configure(dataSource).migrate();
    }

    public static Flyway configure(DataSource dataSource) {
        return Flyway.configure()
                .dataSource(dataSource)
                .locations(LOCATION)
                .defaultSchema("public")
                .validateMigrationNaming(true)
                .load();
    }

    /** The version the database is at now, e.g. "7", or {@code null} when nothing was applied. */
    public static String currentVersion(DataSource dataSource) {
        var current = configure(dataSource).info().current();
        return current == null ? null : current.getVersion().getVersion();
    }
}
