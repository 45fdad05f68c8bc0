package dev.banksync.app.schedules;

import dev.banksync.app.cli.DbOptions;
import dev.banksync.app.cli.JsonOutput;
import dev.banksync.app.spring.SpringContexts;
import dev.banksync.schedules.operator.ManualRuns;
import dev.banksync.schedules.operator.RunNowRequest;
import dev.banksync.schedules.operator.ScheduleReport;
import dev.banksync.schedules.operator.ScheduleStatus;
import dev.banksync.schedules.operator.SchedulerNode;
import java.util.List;
import java.util.Map;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code banksync schedules status|run-now}: the operator's view of the scheduler cluster. It reads the shared job
 * store without joining the cluster, so it never fires a job itself.
 */
@Command(name = "schedules", mixinStandardHelpOptions = true, description = "Inspect and trigger the schedules.")
public final class SchedulesCommand {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Mixin
    DbOptions db;

    @Option(names = "--json", scope = CommandLine.ScopeType.INHERIT, description = "print the result as JSON")
    boolean json;

    @Command(name = "status", mixinStandardHelpOptions = true,
            description = "Schedules, their next/previous fires, recent executions and the live scheduler nodes.")
    int status(@Option(names = "--executions", defaultValue = "5", description = "recent executions per schedule")
               int executions) {
        try (var ctx = SpringContexts.scheduler(db.settings(), false)) {
            ScheduleStatus status = ctx.getBean(ScheduleStatus.class);
            List<ScheduleReport> schedules = status.status(executions);
            List<SchedulerNode> nodes = status.nodes();
            var out = spec.commandLine().getOut();
            if (json) {
                JsonOutput.print(out, Map.of("schedules", schedules, "nodes", nodes));
            } else {
                schedules.forEach(s -> out.println(s));
                out.printf("%d scheduler node(s): %s%n", nodes.size(), nodes);
            }
            return 0;
        }
    }

    @Command(name = "run-now", mixinStandardHelpOptions = true,
            description = "Ask the cluster to run a schedule now (exit 4 when no scheduler node is alive to run it).")
    int runNow(@Option(names = "--schedule", defaultValue = "bank-sync",
            description = "schedule or batch job name (default: ${DEFAULT-VALUE})") String name) {
        try (var ctx = SpringContexts.scheduler(db.settings(), false)) {
            boolean anyAlive = ctx.getBean(ScheduleStatus.class).nodes().stream().anyMatch(SchedulerNode::alive);
            RunNowRequest request = ctx.getBean(ManualRuns.class).runNow(name);
            var out = spec.commandLine().getOut();
            if (json) {
                JsonOutput.print(out, Map.of("request", request, "schedulerAlive", anyAlive));
            } else {
                out.println(request + (anyAlive ? "" : " — no scheduler node is alive: it waits until one starts"));
            }
            return anyAlive ? 0 : 4;
        }
    }
}
