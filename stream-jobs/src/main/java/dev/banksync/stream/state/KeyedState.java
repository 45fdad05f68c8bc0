package dev.banksync.stream.state;

import java.util.concurrent.Callable;
import org.apache.flink.util.FlinkRuntimeException;

/** Keyed state access from plain-Java state interfaces: Flink's checked exceptions become unchecked. */
public final class KeyedState {

    private KeyedState() {
    }

    public static <T> T read(Callable<T> access) {
        try {
            return access.call();
        } catch (Exception e) {
            throw new FlinkRuntimeException("keyed state could not be accessed", e);
        }
    }

    public static void write(ThrowingRunnable access) {
        try {
            access.run();
        } catch (Exception e) {
            throw new FlinkRuntimeException("keyed state could not be written", e);
        }
    }

    @FunctionalInterface
    public interface ThrowingRunnable {
        void run() throws Exception;
    }
}
