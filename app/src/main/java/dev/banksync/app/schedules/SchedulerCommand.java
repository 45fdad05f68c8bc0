package dev.banksync.app.schedules;

import dev.banksync.app.cli.DbOptions;
import dev.banksync.app.cli.KafkaOptions;
import dev.banksync.app.cli.UntilStopped;
import dev.banksync.app.relay.Relays;
import dev.banksync.app.spring.SpringContexts;
import dev.banksync.batch.outbox.OutboxRelayRunner;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.Callable;
import javax.sql.DataSource;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine;

/**
 * {@code banksync scheduler}: a scheduler node. It joins the clustered Quartz scheduler (run several for high
 * availability: each slot fires on exactly one node) that launches bankSyncJob at 06:00, 12:00 and 18:00, and —
 * unless {@code --no-relay} — relays the outbox to Kafka (the relay holds a database lock, so one node relays at a
 * time).
 */
@Command(name = "scheduler", mixinStandardHelpOptions = true,
        description = "Run a scheduler node (Quartz cluster member firing the bank sync) and the outbox relay.")
public final class SchedulerCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Mixin
    DbOptions db;

    @Mixin
    KafkaOptions kafka;

    @Option(names = "--no-relay", description = "do not relay the outbox from this node")
    boolean noRelay;

    @Option(names = "--health-file", paramLabel = "FILE",
            description = "rewrite FILE every 10 s while this node's Quartz scheduler runs and the database answers"
                    + " (for a container health check: the file's age)")
    Path healthFile;

    @Override
    public Integer call() throws InterruptedException {
        var ctx = SpringContexts.scheduler(db.settings(), true);
        OutboxRelayRunner relay = noRelay ? null : Relays.runner(
                Relays.open(ctx.getBean(DataSource.class), kafka.bootstrap(), kafka.topics()), Relays.DEFAULT_BATCH_SIZE);
        if (relay != null) {
            relay.start();
        }
        HealthFile health = healthFile == null ? null : new HealthFile(healthFile,
                () -> nodeIsUp(ctx.getBean(Scheduler.class), ctx.getBean(DataSource.class)), Clock.systemUTC())
                .start(Duration.ofSeconds(10));
        spec.commandLine().getOut().printf("scheduler node running%s; `banksync schedules status` shows the cluster; "
                + "Ctrl-C stops%n", relay != null ? " with the outbox relay to " + kafka.topics().transactions() : "");
        spec.commandLine().getOut().flush();
        UntilStopped.await("scheduler", () -> {
            if (health != null) {
                health.close();
            }
            if (relay != null) {
                relay.stop();
            }
            ctx.close();   // Quartz waits for a running job to finish
        });
        return 0;
    }

    /** The node fires schedules (Quartz started, not paused or shut down) and reaches the database. */
    static boolean nodeIsUp(Scheduler scheduler, DataSource dataSource) {
        try (Connection connection = dataSource.getConnection()) {
            return scheduler.isStarted() && !scheduler.isInStandbyMode() && !scheduler.isShutdown()
                    && connection.isValid(5);
        } catch (SQLException | SchedulerException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }
}
