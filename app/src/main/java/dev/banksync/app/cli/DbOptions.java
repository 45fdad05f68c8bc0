package dev.banksync.app.cli;

import dev.banksync.core.config.BanksyncEnv;
import dev.banksync.core.db.DbSettings;
import picocli.CommandLine;
import picocli.CommandLine.Option;

/** Database connection options shared by commands; defaults come from {@code BANKSYNC_DB_*}. */
public final class DbOptions {

    @Option(names = "--db-url", scope = CommandLine.ScopeType.INHERIT, description = "JDBC URL (default: $BANKSYNC_DB_URL or jdbc:postgresql://localhost:5432/banksync)")
    String url;

    @Option(names = "--db-user", scope = CommandLine.ScopeType.INHERIT, description = "database user (default: $BANKSYNC_DB_USER or banksync)")
    String user;

    /** The password is only ever read from the environment, never from the command line (it would show in ps). */
    public DbSettings settings() {
        DbSettings env = BanksyncEnv.system().db();
        return new DbSettings(url != null ? url : env.url(), user != null ? user : env.user(), env.password());
    }
}
