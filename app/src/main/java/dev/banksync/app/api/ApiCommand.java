package dev.banksync.app.api;

import dev.banksync.app.cli.DbOptions;
import dev.banksync.app.spring.SpringContexts;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

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
        CountDownLatch stopped = new CountDownLatch(1);
        var ctx = SpringContexts.api(db.settings(), port);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            ctx.close();
            stopped.countDown();
        }, "api-stop"));
        spec.commandLine().getOut().printf("query API on http://localhost:%d/api/v1/users/{userId}/spending/monthly%n",
                port);
        stopped.await();
        return 0;
    }
}
