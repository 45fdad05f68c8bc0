package dev.banksync.app.api;

import dev.banksync.app.cli.DbOptions;
import dev.banksync.app.cli.UntilStopped;
import dev.banksync.app.spring.SpringContexts;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine;

/**
 * {@code banksync api --port 8080}: the read-only query API. Connect it as a member of banksync_api_reader
 * (BANKSYNC_DB_USER / BANKSYNC_DB_PASSWORD); it reads only the insights.v_* views.
 */
@Command(name = "api", mixinStandardHelpOptions = true, description = "Serve the read-only insights API until Ctrl-C.",
        subcommands = TokenCommand.class)
public final class ApiCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Mixin
    DbOptions db;

    @Option(names = "--port", defaultValue = "8080", description = "HTTP port (default: ${DEFAULT-VALUE})")
    int port;

    @Override
    public Integer call() throws InterruptedException {
        var ctx = SpringContexts.api(db.settings(), port);
        spec.commandLine().getOut().printf("query API on http://localhost:%d/api/v1/users/{userId}/spending/monthly%n",
                port);
        spec.commandLine().getOut().flush();
        UntilStopped.await("api", ctx::close);
        return 0;
    }
}
