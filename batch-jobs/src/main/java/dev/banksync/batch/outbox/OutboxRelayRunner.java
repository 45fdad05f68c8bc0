package dev.banksync.batch.outbox;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs an {@link OutboxRelay} on a thread of its own: relays batch after batch while there is a backlog, polls at
 * {@code pollInterval} when idle, backs off (doubling, up to a minute) while Kafka or the database fails, and
 * prunes rows sent longer ago than {@code retention} every {@code pruneEvery}. {@link #stop()} finishes the batch
 * in hand and returns when the thread has ended.
 */
public final class OutboxRelayRunner implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(OutboxRelayRunner.class);
    private static final Duration MAX_BACKOFF = Duration.ofMinutes(1);

    private final OutboxRelay relay;
    private final int batchSize;
    private final Duration pollInterval;
    private final Duration retention;
    private final Duration pruneEvery;
    private final CountDownLatch stopped = new CountDownLatch(1);
    private final AtomicLong sent = new AtomicLong();
    private Thread thread;

    public OutboxRelayRunner(OutboxRelay relay, int batchSize, Duration pollInterval, Duration retention,
                             Duration pruneEvery) {
        if (batchSize < 1) {
            throw new IllegalArgumentException("batchSize must be >= 1");
        }
        this.relay = relay;
        this.batchSize = batchSize;
        this.pollInterval = pollInterval;
        this.retention = retention;
        this.pruneEvery = pruneEvery;
    }

    public synchronized void start() {
        if (thread != null) {
            throw new IllegalStateException("already started");
        }
        thread = new Thread(this::loop, "banksync-outbox-relay");
        thread.setDaemon(true);
        thread.start();
    }

    /** Signals the loop to end and waits for it. Safe to call more than once. */
    public void stop() {
        stopped.countDown();
        Thread t;
        synchronized (this) {
            t = thread;
        }
        if (t != null && t != Thread.currentThread()) {
            try {
                t.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** Rows sent since start. */
    public long sent() {
        return sent.get();
    }

    @Override
    public void close() {
        stop();
    }

    private void loop() {
        long nextPrune = System.nanoTime();
        int failures = 0;
        while (stopped.getCount() > 0) {
            Duration wait = pollInterval;
            try {
                int n = relay.relayOnce(batchSize);
                sent.addAndGet(n);
                failures = 0;
                if (n == batchSize) {
                    wait = Duration.ZERO; // a backlog: keep going
                }
                if (System.nanoTime() - nextPrune >= 0) {
                    int pruned = relay.prune(retention);
                    LOG.debug("pruned {} sent outbox rows older than {}", pruned, retention);
                    nextPrune = System.nanoTime() + pruneEvery.toNanos();
                }
            } catch (RuntimeException e) {
                failures++;
                wait = backoff(failures);
                LOG.warn("outbox relay failed ({} in a row), retrying in {}: {}", failures, wait, e.getMessage());
            }
            if (!wait.isZero() && await(wait)) {
                return;
            }
        }
    }

    private Duration backoff(int failures) {
        Duration d = pollInterval.multipliedBy(1L << Math.min(failures, 10));
        return d.compareTo(MAX_BACKOFF) > 0 ? MAX_BACKOFF : d;
    }

    /** Waits, returning true as soon as stop was asked for. */
    private boolean await(Duration wait) {
        try {
            return stopped.await(wait.toNanos(), TimeUnit.NANOSECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return true;
        }
    }
}
