package dev.banksync.benchmarks.ml;

import dev.banksync.ml.categorise.Categoriser;
import dev.banksync.ml.categorise.CategoriserInput;
import dev.banksync.ml.merchant.MerchantNormaliser;
import dev.banksync.ml.registry.DefaultModels;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Locale;
import java.util.function.ToIntFunction;

/**
 * Lines per second of the measuring thread's own CPU time, for {@code predict} and {@code normaliseOnly} on the
 * same held-out lines as {@link CategoriserInferenceBenchmark}. JMH measures wall-clock time, which on a machine
 * shared with other builds counts the time the thread waited for a core; CPU time does not, so this figure stays
 * close to the quiet-machine one under load (caches shared with the other work still cost something). Arguments:
 * {@code [rounds] [seconds per round]} (default 8 rounds of 3 s, the first 3 warm-up).
 */
public final class CategoriserCpuTime {

    private static final int WARM_UP_ROUNDS = 3;
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private CategoriserCpuTime() {
    }

    public static void main(String[] args) {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 8;
        double seconds = args.length > 1 ? Double.parseDouble(args[1]) : 3;
        CategoriserInput[] lines = InferenceLines.load();
        Categoriser categoriser = DefaultModels.categoriser();
        MerchantNormaliser normaliser = MerchantNormaliser.shipped();
        measure("predict", lines, rounds, seconds, line -> categoriser.predict(line).category().length());
        measure("normaliseOnly", lines, rounds, seconds, line -> normaliser.normalise(line.description()).words().size());
    }

    private static void measure(String name, CategoriserInput[] lines, int rounds, double seconds,
                                ToIntFunction<CategoriserInput> work) {
        long budget = (long) (seconds * 1e9);
        double best = 0;
        double sum = 0;
        int sink = 0;
        for (int round = 0; round < rounds; round++) {
            long cpuStart = THREADS.getCurrentThreadCpuTime();
            long wallStart = System.nanoTime();
            long done = 0;
            while (THREADS.getCurrentThreadCpuTime() - cpuStart < budget) {
                for (CategoriserInput line : lines) {
                    sink += work.applyAsInt(line);
                }
                done += lines.length;
            }
            double perCpuSecond = done * 1e9 / (THREADS.getCurrentThreadCpuTime() - cpuStart);
            double perWallSecond = done * 1e9 / (System.nanoTime() - wallStart);
            boolean warmUp = round < WARM_UP_ROUNDS;
            if (!warmUp) {
                best = Math.max(best, perCpuSecond);
                sum += perCpuSecond;
            }
            System.out.printf(Locale.ROOT, "%-13s round %d%s: %,10.0f lines per CPU-second (%,10.0f per wall second)%n",
                    name, round + 1, warmUp ? " (warm-up)" : "", perCpuSecond, perWallSecond);
        }
        int measured = rounds - WARM_UP_ROUNDS;
        System.out.printf(Locale.ROOT, "%-13s mean %,10.0f, best %,10.0f lines per CPU-second over %d rounds (%d)%n",
                name, sum / measured, best, measured, sink & 1);
    }
}
