package dev.banksync.stream;

import dev.banksync.ml.categorise.Categoriser;
import dev.banksync.ml.categorise.CategoriserInput;
import dev.banksync.ml.categorise.Prediction;
import dev.banksync.stream.categorise.BaselineCategoriser;
import dev.banksync.stream.categorise.CategoriserFactory;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A categoriser that throws exactly once after being armed: the failure injected mid-stream into a job on a
 * MiniCluster (same JVM, so the static flag is seen by the task). After the throw it is disarmed, so the restarted
 * job runs through.
 */
public final class FailOnce implements Categoriser {

    private static final AtomicBoolean ARMED = new AtomicBoolean();
    private static final AtomicInteger FAILURES = new AtomicInteger();

    private final Categoriser delegate = new BaselineCategoriser();

    public static CategoriserFactory factory() {
        return FailOnce::new;
    }

    public static void reset() {
        ARMED.set(false);
        FAILURES.set(0);
    }

    public static void arm() {
        ARMED.set(true);
    }

    public static int failures() {
        return FAILURES.get();
    }

    @Override
    public Prediction predict(CategoriserInput input) {
        if (ARMED.compareAndSet(true, false)) {
            FAILURES.incrementAndGet();
            throw new IllegalStateException("failure injected by the test after the first checkpoint");
        }
        return delegate.predict(input);
    }

    @Override
    public String version() {
        return delegate.version();
    }
}
