package dev.banksync.app.relay;

import dev.banksync.app.cli.DbOptions;
import dev.banksync.app.cli.JsonOutput;
import dev.banksync.app.cli.KafkaOptions;
import dev.banksync.app.cli.UntilStopped;
import dev.banksync.batch.outbox.OutboxRelay;
import dev.banksync.batch.outbox.OutboxRelayRunner;
import dev.banksync.core.db.SimpleDataSources;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine;

/** {@code banksync relay}: publishes ops.outbox to Kafka, continuously or {@code --once}. */
@Command(name = "relay", mixinStandardHelpOptions = true,
        description = {"Publish outbox rows to Kafka (banksync.transactions.v1), in order per user. Rows sent more "
                + "than 7 days ago are pruned (every hour when continuous, at the end of --once).",
                "A row Kafka can never take (too large, invalid topic) is set aside as dead with its reason and "
                        + "announced on banksync.transactions.dlq.v1; the rows behind it go on."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:done", "1:with --once: rows were set aside as dead", "2:bad usage"})
public final class RelayCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Mixin
    DbOptions db;

    @Mixin
    KafkaOptions kafka;

    @Option(names = "--once", description = "send what is waiting now, prune sent rows past their retention, then"
            + " exit (for cron)")
    boolean once;

    @Option(names = "--batch-size", defaultValue = "500", description = "rows per Kafka batch (default: ${DEFAULT-VALUE})")
    int batchSize;

    @Option(names = "--requeue-dead", description = "first put rows set aside as dead (e.g. too large for Kafka) "
            + "back in line, once their cause is fixed")
    boolean requeueDead;

    @Option(names = "--json", description = "with --once: print the result as JSON")
    boolean json;

    @Override
    public Integer call() throws InterruptedException {
        try (OutboxRelay relay = Relays.open(SimpleDataSources.of(db.settings()), kafka.bootstrap(), kafka.topics())) {
            int requeued = requeueDead ? relay.requeueDead() : 0;
            if (requeueDead && !json) {
                spec.commandLine().getOut().printf("requeued %d dead outbox row(s)%n", requeued);
            }
            if (once) {
                int taken = Relays.drain(relay, batchSize);
                long dead = relay.deadLettered();
                int pruned = relay.prune(Relays.RETENTION);
                OutboxRelay.Backlog left = relay.backlog();
                if (json) {
                    JsonOutput.print(spec.commandLine().getOut(), Map.of("sent", taken - dead, "setAsideDead", dead,
                            "requeued", requeued, "deadWaiting", left.dead(), "pruned", pruned));
                } else {
                    spec.commandLine().getOut().printf("sent %d outbox row(s) to %s; pruned %d sent more than %d days"
                            + " ago%n", taken - dead, kafka.topics().transactions(), pruned,
                            Relays.RETENTION.toDays());
                    if (left.dead() > 0) {
                        spec.commandLine().getOut().printf("%d row(s) set aside as dead (%d this run): see "
                                + "ops.outbox.dead_reason, fix the cause, then relay --requeue-dead%n", left.dead(), dead);
                    }
                }
                return dead > 0 ? 1 : 0;
            }
            OutboxRelayRunner runner = Relays.runner(relay, batchSize);
            runner.start();
            spec.commandLine().getOut().printf("relaying outbox to %s at %s; Ctrl-C stops%n",
                    kafka.topics().transactions(), kafka.bootstrap());
            spec.commandLine().getOut().flush();
            UntilStopped.await("relay", runner::stop);
            return 0;
        }
    }
}
