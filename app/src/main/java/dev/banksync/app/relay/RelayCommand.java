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
        description = "Publish outbox rows to Kafka (banksync.transactions.v1), in order per user.")
public final class RelayCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Mixin
    DbOptions db;

    @Mixin
    KafkaOptions kafka;

    @Option(names = "--once", description = "send what is waiting now, then exit")
    boolean once;

    @Option(names = "--batch-size", defaultValue = "500", description = "rows per Kafka batch (default: ${DEFAULT-VALUE})")
    int batchSize;

    @Option(names = "--json", description = "with --once: print the result as JSON")
    boolean json;

    @Override
    public Integer call() throws InterruptedException {
        try (OutboxRelay relay = Relays.open(SimpleDataSources.of(db.settings()), kafka.bootstrap(), kafka.topics())) {
            if (once) {
                int total = Relays.drain(relay, batchSize);
                if (json) {
                    JsonOutput.print(spec.commandLine().getOut(), Map.of("sent", total));
                } else {
                    spec.commandLine().getOut().printf("sent %d outbox row(s) to %s%n", total, kafka.topics().transactions());
                }
                return 0;
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
