package dev.banksync.app.demo;

import java.io.PrintWriter;
import java.util.concurrent.Callable;

/** Prints "step … done in N ms" lines so a long operation shows where it is; silent in --json mode. */
public final class Progress {

    private final PrintWriter out;
    private int step;

    public Progress(PrintWriter out) {
        this.out = out;
    }

    public static Progress silent() {
        return new Progress(null);
    }

    public <T> T step(String what, Callable<T> action) throws Exception {
        step++;
        if (out != null) {
            out.printf("[%d] %s ...", step, what);
            out.flush();
        }
        long start = System.nanoTime();
        T result = action.call();
        if (out != null) {
            out.printf(" done in %d ms%n", (System.nanoTime() - start) / 1_000_000);
            out.flush();
        }
        return result;
    }

    public void info(String format, Object... args) {
        if (out != null) {
            out.printf("    " + format + "%n", args);
            out.flush();
        }
    }
}
