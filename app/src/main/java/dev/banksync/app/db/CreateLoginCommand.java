package dev.banksync.app.db;

import dev.banksync.core.db.SimpleDataSources;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code banksync db create-login --role api-reader --user api --password-env API_DB_PASSWORD}: a login user in
 * one of the three least-privilege roles. The password comes from an environment variable, never the command line.
 */
@Command(name = "create-login", mixinStandardHelpOptions = true,
        description = "Create (or update the password of) a login user in one of banksync's roles.")
final class CreateLoginCommand implements Callable<Integer> {

    private static final Map<String, String> ROLES = Map.of(
            "batch-writer", "banksync_batch_writer",
            "stream-writer", "banksync_stream_writer",
            "api-reader", "banksync_api_reader");

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    /** --db-url/--db-user are inherited from {@code banksync db}. */
    @CommandLine.ParentCommand
    DbCommand parent;

    @Option(names = "--role", required = true, description = "one of: batch-writer, stream-writer, api-reader")
    String role;

    @Option(names = "--user", required = true, description = "login name to create")
    String user;

    @Option(names = "--password-env", required = true, description = "environment variable holding the password")
    String passwordEnv;

    @Override
    public Integer call() throws SQLException {
        String group = ROLES.get(role);
        if (group == null) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "--role must be one of " + ROLES.keySet() + ", was '" + role + "'");
        }
        if (!user.matches("[a-z_][a-z0-9_]{0,62}")) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--user must be a lower-case SQL identifier");
        }
        String password = System.getenv(passwordEnv);
        if (password == null || password.isEmpty()) {
            throw new CommandLine.ParameterException(spec.commandLine(), "environment variable " + passwordEnv + " is empty");
        }
        try (Connection c = SimpleDataSources.of(parent.db.settings()).getConnection(); Statement s = c.createStatement()) {
            String quoted = "'" + password.replace("'", "''") + "'";
            s.execute("DO $$ BEGIN IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '" + user + "') THEN "
                    + "CREATE ROLE " + user + " LOGIN; END IF; END $$");
            s.execute("ALTER ROLE " + user + " LOGIN PASSWORD " + quoted);
            s.execute("GRANT " + group + " TO " + user);
        }
        spec.commandLine().getOut().printf("login %s is a member of %s%n", user, group);
        return 0;
    }
}
