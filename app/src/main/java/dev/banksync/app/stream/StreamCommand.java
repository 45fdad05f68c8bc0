package dev.banksync.app.stream;

import dev.banksync.core.config.BanksyncEnv;
import dev.banksync.stream.InsightsJobConfig;
import dev.banksync.stream.InsightsJobMain;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.apache.flink.core.execution.JobClient;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * {@code banksync stream [job flags]}: runs the Flink InsightsJob in this JVM (local mode, heap state). On a
 * cluster, submit the job jar instead: {@code flink run stream-jobs/target/banksync-insights-job.jar [job flags]}.
 */
@Command(name = "stream", mixinStandardHelpOptions = true,
        description = "Run the Flink InsightsJob locally (Kafka -> insights.* in PostgreSQL) until Ctrl-C.")
public final class StreamCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @CommandLine.Unmatched
    List<String> jobFlags = new ArrayList<>();

    @Override
    public Integer call() throws Exception {
        InsightsJobConfig config;
        try {
            config = InsightsJobConfig.parse(jobFlags.toArray(String[]::new), BanksyncEnv.system());
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
        }
        JobClient job = InsightsJobMain.runLocal(config);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> job.cancel().join(), "stream-stop"));
        spec.commandLine().getOut().printf("InsightsJob %s running locally, reading %s; Ctrl-C stops%n",
                job.getJobID(), config.topics().transactions());
        job.getJobExecutionResult().get();
        return 0;
    }

    /** Shows the job's own flag table under picocli's help. */
    public static void addJobUsage(CommandLine streamCommand) {
        streamCommand.getCommandSpec().usageMessage().footer("", InsightsJobConfig.usage());
    }
}
