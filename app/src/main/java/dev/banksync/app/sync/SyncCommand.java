package dev.banksync.app.sync;

import dev.banksync.app.cli.DbOptions;
import dev.banksync.app.cli.JsonOutput;
import dev.banksync.app.spring.SpringContexts;
import dev.banksync.batch.sync.BankSyncResult;
import dev.banksync.batch.sync.BankSyncService;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code banksync sync}: runs {@code bankSyncJob} now, for every active connection or {@code --connection ID}.
 * Exit 0: every connection synced (or the slot had already completed); 3: some connections failed, the others
 * completed (re-running the same slot retries only the failed ones); 1: the job could not run.
 */
@Command(name = "sync", mixinStandardHelpOptions = true,
        description = "Sync bank connections now (what the 06/12/18 schedule runs).",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:every connection synced, or the slot had already completed",
                "1:the job could not run, or every connection failed",
                "2:bad usage",
                "3:some connections failed, the others completed (run the same slot again to retry only those)"})
public final class SyncCommand implements Callable<Integer> {

    public static final int EXIT_SOME_CONNECTIONS_FAILED = 3;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Mixin
    DbOptions db;

    @Option(names = "--connection", description = "sync only this connection id (in its own one-off slot, unless"
            + " --business-date or --slot name one)")
    Long connectionId;

    @Option(names = "--business-date", description = "slot date, ISO (default: today, UTC); with --slot makes a re-run idempotent")
    LocalDate businessDate;

    @Option(names = "--slot", description = "slot name (default: manual-HH:mm:ss now)")
    String slot;

    @Option(names = "--json", description = "print the result as JSON")
    boolean json;

    @Override
    public Integer call() {
        try (var ctx = SpringContexts.batch(db.settings())) {
            BankSyncService service = ctx.getBean(BankSyncService.class);
            LocalDate date = businessDate != null ? businessDate : LocalDate.now(ZoneOffset.UTC);
            String slotName = slot != null ? slot : "manual-" + LocalTime.now(ZoneOffset.UTC)
                    .format(DateTimeFormatter.ofPattern("HH:mm:ss"));
            BankSyncResult result;
            if (connectionId == null) {
                result = service.syncAll(date, slotName);
            } else if (businessDate == null && slot == null) {
                result = service.syncConnection(connectionId); // a one-off slot of its own
            } else {
                result = service.syncConnection(connectionId, date, slotName);
            }
            print(result);
            if (result.succeeded()) {
                return 0;
            }
            return result.outcome() == BankSyncResult.Outcome.FAILED && result.failedConnections().size()
                    < result.connections().size() ? EXIT_SOME_CONNECTIONS_FAILED : 1;
        }
    }

    private void print(BankSyncResult r) {
        var out = spec.commandLine().getOut();
        if (json) {
            JsonOutput.print(out, r);
            return;
        }
        out.printf("bank sync %s %s: %s (job execution %s)%n", r.businessDate(), r.slot(), r.outcome(), r.jobExecutionId());
        r.connections().forEach(run -> out.printf("  %-24s %-9s %s%s%n", run.source(), run.status(), run.counts(),
                run.error() == null ? "" : " — " + run.error()));
    }
}
