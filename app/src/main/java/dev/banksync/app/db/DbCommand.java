package dev.banksync.app.db;

import dev.banksync.app.cli.DbOptions;
import dev.banksync.app.cli.JsonOutput;
import dev.banksync.core.db.Migrations;
import dev.banksync.core.db.SimpleDataSources;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.flywaydb.core.api.MigrationInfo;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code banksync db migrate|info}: the storage contract's migrations. */
@Command(name = "db", mixinStandardHelpOptions = true, description = "Database schema management.",
        subcommands = {CreateLoginCommand.class})
public final class DbCommand {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Mixin
    DbOptions db;

    @Option(names = "--json", scope = CommandLine.ScopeType.INHERIT, description = "print the result as JSON")
    boolean json;

    @Command(name = "migrate", mixinStandardHelpOptions = true,
            description = "Apply pending migrations (running it again is a no-op).")
    int migrate() {
        DataSource ds = SimpleDataSources.of(db.settings());
        var result = Migrations.migrate(ds);
        var out = spec.commandLine().getOut();
        if (json) {
            JsonOutput.print(out, Map.of("applied", result.migrationsExecuted,
                    "version", String.valueOf(Migrations.currentVersion(ds)), "database", db.settings().url()));
        } else {
            out.printf("applied %d migration(s); %s is at version %s%n", result.migrationsExecuted,
                    db.settings().url(), Migrations.currentVersion(ds));
        }
        return 0;
    }

    @Command(name = "info", mixinStandardHelpOptions = true, description = "Show applied and pending migrations.")
    int info() {
        MigrationInfo[] all = Migrations.configure(SimpleDataSources.of(db.settings())).info().all();
        var out = spec.commandLine().getOut();
        if (json) {
            List<Map<String, String>> rows = Arrays.stream(all).map(m -> Map.of(
                    "version", String.valueOf(m.getVersion()), "description", m.getDescription(),
                    "state", m.getState().getDisplayName())).toList();
            JsonOutput.print(out, rows);
        } else {
            for (MigrationInfo m : all) {
                out.printf("%-6s %-40s %s%n", m.getVersion(), m.getDescription(), m.getState().getDisplayName());
            }
        }
        return 0;
    }
}
