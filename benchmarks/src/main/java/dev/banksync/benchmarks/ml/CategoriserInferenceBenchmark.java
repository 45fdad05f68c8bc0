package dev.banksync.benchmarks.ml;

import dev.banksync.ml.categorise.Categoriser;
import dev.banksync.ml.categorise.CategoriserInput;
import dev.banksync.ml.categorise.Prediction;
import dev.banksync.ml.merchant.MerchantNormaliser;
import dev.banksync.ml.merchant.NormalisedDescription;
import dev.banksync.ml.registry.DefaultModels;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Predictions per second on one core of the shipped categoriser ({@link DefaultModels#categoriser()}), cycling
 * through the shipped held-out lines, beside two baselines measured in the same run on the same lines: merchant
 * normalisation alone (the part of a prediction that is not the model) and a plain hash of each description (what
 * merely touching a line costs). One thread: the figure is per core; the categoriser is shared and thread-safe,
 * so a job's throughput scales with its cores. {@link CategoriserInferenceRatio} runs all three and prints the
 * ratios.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Threads(1)
@Fork(1)
@Warmup(iterations = 2, time = 3)
@Measurement(iterations = 3, time = 3)
public class CategoriserInferenceBenchmark {

    private CategoriserInput[] lines;
    private Categoriser categoriser;
    private MerchantNormaliser normaliser;
    private int next;

    @Setup
    public void load() {
        lines = InferenceLines.load();
        categoriser = DefaultModels.categoriser();
        normaliser = MerchantNormaliser.shipped();
    }

    @Benchmark
    public Prediction predict() {
        return categoriser.predict(nextLine());
    }

    @Benchmark
    public NormalisedDescription normaliseOnly() {
        return normaliser.normalise(nextLine().description());
    }

    /** A hash over every character: String.hashCode() is cached after the first call and would measure nothing. */
    @Benchmark
    public int hashOnly() {
        String text = nextLine().description();
        int h = 17;
        for (int i = 0; i < text.length(); i++) {
            h = 31 * h + text.charAt(i);
        }
        return h;
    }

    private CategoriserInput nextLine() {
        CategoriserInput line = lines[next];
        next = next + 1 == lines.length ? 0 : next + 1;
        return line;
    }
}
