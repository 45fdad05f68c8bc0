package dev.banksync.sandbox;

import dev.banksync.sandbox.fault.FaultRule;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code sandbox-bank}: runs the sandbox bank until interrupted. The standalone {@link SandboxBankServer} runs it
 * directly; the {@code banksync} CLI registers this class as its {@code sandbox-bank} subcommand.
 */
@Command(name = "sandbox-bank", mixinStandardHelpOptions = true,
        description = "Run the sandbox bank: a simulated, deterministic bank-aggregation API (cursor sync) "
                + "with ground truth and fault injection.")
public final class SandboxBankCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--host", description = "interface to listen on (default: ${DEFAULT-VALUE})")
    String host = "127.0.0.1";

    @Option(names = "--port", description = "port, 0 for any free one (default: ${DEFAULT-VALUE})")
    int port = SandboxConfig.DEFAULT_PORT;

    @Option(names = "--seed", description = "random seed; same seed, same bank (default: ${DEFAULT-VALUE})")
    long seed = SandboxConfig.DEFAULT_SEED;

    @Option(names = "--users", description = "number of users, one connection each (default: ${DEFAULT-VALUE})")
    int users = SandboxConfig.DEFAULT_USERS;

    @Option(names = "--start-date", description = "date of simulated day 0, yyyy-mm-dd (default: ${DEFAULT-VALUE})")
    LocalDate startDate = SandboxConfig.DEFAULT_START_DATE;

    @Option(names = "--history-days", description = "days of history before the start date (default: ${DEFAULT-VALUE})")
    int historyDays = SandboxConfig.DEFAULT_HISTORY_DAYS;

    @Option(names = "--threads", description = "HTTP worker threads (default: ${DEFAULT-VALUE})")
    int threads = 8;

    @Option(names = "--fault", paramLabel = "KIND[:key=value,...]",
            description = "switch a fault on from the start, e.g. RATE_LIMIT:rate=0.1,retry-after=2 (repeatable); "
                    + "keys: rate, count, connection, delay-ms, retry-after, status")
    List<String> faults = new ArrayList<>();

    /** The configuration these options describe (bad values fail with a message naming the option). */
    public SandboxConfig toConfig() {
        List<FaultRule> rules = new ArrayList<>();
        for (String fault : faults) {
            try {
                rules.add(FaultRule.parse(fault));
            } catch (IllegalArgumentException e) {
                throw new CommandLine.ParameterException(spec.commandLine(), "--fault: " + e.getMessage());
            }
        }
        try {
            return SandboxConfig.defaults().withHost(host).withPort(port).withSeed(seed).withUsers(users)
                    .withStartDate(startDate).withHistoryDays(historyDays).withThreads(threads).withFaults(rules);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
        }
    }

    @Override
    public Integer call() throws InterruptedException {
        SandboxConfig config = toConfig();
        CountDownLatch stopped = new CountDownLatch(1);
        SandboxBank bank = SandboxBank.start(config);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            bank.close();
            stopped.countDown();
        }, "sandbox-bank-shutdown"));
        PrintWriter out = spec.commandLine().getOut();
        out.printf("sandbox bank listening on %s (seed %d, %d connections, day 0 = %s)%n", bank.baseUrl(),
                config.seed(), config.users(), config.startDate());
        out.printf("connections and tokens: GET %s/sandbox/connections; stop with Ctrl-C%n", bank.baseUrl());
        out.flush();
        stopped.await();
        return 0;
    }
}
