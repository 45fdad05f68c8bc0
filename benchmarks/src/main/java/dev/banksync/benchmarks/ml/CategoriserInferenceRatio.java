package dev.banksync.benchmarks.ml;

import java.util.Collection;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.CommandLineOptionException;
import org.openjdk.jmh.runner.options.CommandLineOptions;
import org.openjdk.jmh.runner.options.OptionsBuilder;

/**
 * Runs {@link CategoriserInferenceBenchmark} and prints each benchmark's throughput and the prediction's cost as a
 * multiple of each baseline measured in the same run. JMH command-line options (e.g. {@code -wi 1 -i 2}) pass
 * through.
 */
public final class CategoriserInferenceRatio {

    private CategoriserInferenceRatio() {
    }

    public static void main(String[] args) throws RunnerException, CommandLineOptionException {
        var options = new OptionsBuilder().parent(new CommandLineOptions(args))
                .include(CategoriserInferenceBenchmark.class.getName()).build();
        Collection<RunResult> results = new Runner(options).run();
        Map<String, Double> opsPerSecond = new TreeMap<>();
        for (RunResult r : results) {
            String label = r.getParams().getBenchmark();
            opsPerSecond.put(label.substring(label.lastIndexOf('.') + 1), r.getPrimaryResult().getScore());
        }
        double predict = opsPerSecond.get("predict");
        opsPerSecond.forEach((name, ops) -> System.out.printf(Locale.ROOT, "%-14s %,14.0f lines/s per core%n",
                name, ops));
        System.out.printf(Locale.ROOT, "prediction costs %.1f x normalisation alone, %.0f x a hash of the line%n",
                opsPerSecond.get("normaliseOnly") / predict, opsPerSecond.get("hashOnly") / predict);
    }
}
