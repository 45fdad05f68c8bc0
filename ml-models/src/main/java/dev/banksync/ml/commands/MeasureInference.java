package dev.banksync.ml.commands;

import dev.banksync.ml.categorise.Categoriser;
import dev.banksync.ml.categorise.CategoriserInput;
import dev.banksync.ml.corpus.CorpusCsv;
import dev.banksync.ml.corpus.LabelledTransaction;
import dev.banksync.ml.registry.DefaultModels;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * A quick single-thread measure of predictions per second of the shipped categoriser over corpus lines
 * (normalisation, features and scoring included): warm-up passes, then timed passes by the thread's CPU time;
 * prints the best and median pass.
 * The benchmarks module owns the JMH figure; this is for a developer's machine in a few seconds.
 * {@code java -cp ... dev.banksync.ml.commands.MeasureInference [corpus.csv] [passes]}.
 */
public final class MeasureInference {

    private MeasureInference() {
    }

    public static void main(String[] args) {
        Path csv = Path.of(args.length > 0 ? args[0] : "ml-models/data/corpus/heldout.csv.gz");
        int passes = args.length > 1 ? Integer.parseInt(args[1]) : 10;
        List<CategoriserInput> inputs = CorpusCsv.read(csv).stream().map(LabelledTransaction::input).toList();
        Categoriser categoriser = DefaultModels.categoriser();
        long sink = 0;
        for (int i = 0; i < 20; i++) {
            sink += pass(categoriser, inputs);
        }
        // CPU time of this thread, not wall time: on a shared machine the wall clock also counts time the thread
        // spent waiting for a core
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        double[] rates = new double[passes];
        for (int p = 0; p < passes; p++) {
            long started = threads.getCurrentThreadCpuTime();
            sink += pass(categoriser, inputs);
            rates[p] = inputs.size() / ((threads.getCurrentThreadCpuTime() - started) / 1e9);
        }
        java.util.Arrays.sort(rates);
        System.out.printf(Locale.ROOT, "%s: %d lines, best %.0f predictions/s, median %.0f (one thread, CPU time; sink %d)%n",
                categoriser.version(), inputs.size(), rates[passes - 1], rates[passes / 2], sink);
    }

    private static long pass(Categoriser categoriser, List<CategoriserInput> inputs) {
        long h = 0;
        for (CategoriserInput input : inputs) {
            h += categoriser.predict(input).category().length();
        }
        return h;
    }
}
