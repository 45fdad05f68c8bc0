package dev.banksync.app.db;

import dev.banksync.core.db.RoleLogins;
import dev.banksync.core.db.SimpleDataSources;
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
    public Integer call() {
        String group = ROLES.get(role);
        if (group == null) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "--role must be one of " + ROLES.keySet() + ", was '" + role + "'");
        }
        String password = System.getenv(passwordEnv);
        if (password == null || password.isEmpty()) {
            throw new CommandLine.ParameterException(spec.commandLine(), "environment variable " + passwordEnv + " is empty");
        }
        try {
            RoleLogins.ensure(SimpleDataSources.of(parent.db.settings()), user, password, group);
        } catch (IllegalArgumentException badName) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--user: " + badName.getMessage());
        }
        spec.commandLine().getOut().printf("login %s is a member of %s%n", user, group);
        return 0;
    }
}
