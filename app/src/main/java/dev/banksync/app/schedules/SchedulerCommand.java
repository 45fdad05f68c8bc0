package dev.banksync.app.schedules;

import dev.banksync.app.cli.DbOptions;
import dev.banksync.app.cli.KafkaOptions;
import dev.banksync.app.cli.UntilStopped;
import dev.banksync.app.relay.Relays;
import dev.banksync.app.spring.SpringContexts;
import dev.banksync.batch.outbox.OutboxRelayRunner;
import java.util.concurrent.Callable;
import javax.sql.DataSource;
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

    @Override
    public Integer call() throws InterruptedException {
        var ctx = SpringContexts.scheduler(db.settings(), true);
        OutboxRelayRunner relay = noRelay ? null : Relays.runner(
                Relays.open(ctx.getBean(DataSource.class), kafka.bootstrap(), kafka.topics()), Relays.DEFAULT_BATCH_SIZE);
        if (relay != null) {
            relay.start();
        }
        spec.commandLine().getOut().printf("scheduler node running%s; `banksync schedules status` shows the cluster; "
                + "Ctrl-C stops%n", relay != null ? " with the outbox relay to " + kafka.topics().transactions() : "");
        spec.commandLine().getOut().flush();
        UntilStopped.await("scheduler", () -> {
            if (relay != null) {
                relay.stop();
            }
            ctx.close();   // Quartz waits for a running job to finish
        });
        return 0;
    }
}
