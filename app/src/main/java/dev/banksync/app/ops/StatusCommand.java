package dev.banksync.app.ops;

import dev.banksync.app.cli.DbOptions;
import dev.banksync.app.cli.JsonOutput;
import dev.banksync.batch.ops.OpsHealth;
import dev.banksync.batch.ops.RunCounts;
import dev.banksync.core.db.SimpleDataSources;
import java.io.PrintWriter;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code banksync status}: the operator's one look at syncs, connections, the outbox and quarantine. */
@Command(name = "status", mixinStandardHelpOptions = true,
        description = {"How the latest scheduled sync slot went, connections that failed, are stale or wait for "
                + "their user, the outbox relay's backlog and dead rows, and records quarantined lately.",
                "Made for people and for monitoring: exit 1 lists what needs attention."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:healthy", "1:something needs attention (listed)", "2:bad usage"})
public final class StatusCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Mixin
    DbOptions db;

    @Option(names = "--stale-after", defaultValue = "PT24H",
            description = "an active connection not synced for longer is stale (ISO-8601, default: ${DEFAULT-VALUE})")
    Duration staleAfter;

    @Option(names = "--outbox-lag", defaultValue = "PT15M",
            description = "an unsent outbox row older than this means the relay is behind (default: ${DEFAULT-VALUE})")
    Duration outboxLag;

    @Option(names = "--recent", defaultValue = "P1D",
            description = "window for counting quarantined records (default: ${DEFAULT-VALUE})")
    Duration recent;

    @Option(names = "--json", description = "print the report as JSON")
    boolean json;

    @Override
    public Integer call() {
        OpsHealth.Report report = new OpsHealth(SimpleDataSources.of(db.settings()), Clock.systemUTC())
                .read(staleAfter, outboxLag, recent);
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            Map<String, Object> document = new LinkedHashMap<>();
            document.put("healthy", report.healthy());
            document.put("report", report);
            JsonOutput.print(out, document);
        } else {
            print(out, report);
        }
        return report.healthy() ? 0 : 1;
    }

    private void print(PrintWriter out, OpsHealth.Report r) {
        out.printf("connections: %d active, %d stale (> %s), %d in ERROR%n", r.activeConnections(),
                r.staleConnections(), staleAfter, r.connectionsInError());
        OpsHealth.SlotSummary slot = r.latestSlot();
        if (slot == null) {
            out.println("latest slot: none yet");
        } else {
            RunCounts t = slot.totals();
            out.printf("latest slot %s %s: %d connection(s), %d succeeded, %d failed, %d running; fetched %d, "
                    + "inserted %d, updated %d, pending→posted %d, removed %d, duplicates ignored %d, rejected %d%n",
                    slot.businessDate(), slot.slot(), slot.connections(), slot.succeeded(), slot.failed(),
                    slot.running(), t.fetched(), t.inserted(), t.updated(), t.pendingPosted(), t.removed(),
                    t.duplicatesIgnored(), t.rejected());
            slot.failures().forEach(f -> out.printf("  connection %s failed: %s%n", f.connectionId(), f.error()));
        }
        out.printf("outbox: %d unsent%s, %d dead%n", r.outbox().unsent(),
                r.outbox().oldestCreatedAt() == null ? "" : " (oldest since " + r.outbox().oldestCreatedAt() + ")",
                r.outbox().dead());
        out.printf("quarantined records in the last %s: %d%n", recent, r.rejectedRecentRecords());
        out.println(r.healthy() ? "healthy" : "needs attention:");
        r.problems().forEach(p -> out.println("  - " + p));
        out.flush();
    }
}
