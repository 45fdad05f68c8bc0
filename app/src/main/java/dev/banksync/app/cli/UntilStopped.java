package dev.banksync.app.cli;

import java.util.concurrent.CountDownLatch;

/** Long-running commands (api, relay, scheduler, demo): block until Ctrl-C, then run their clean-up once. */
public final class UntilStopped {

    private UntilStopped() {
    }

    public static void await(String name, Runnable onStop) throws InterruptedException {
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            onStop.run();
            stopped.countDown();
        }, name + "-stop"));
        stopped.await();
    }
}
