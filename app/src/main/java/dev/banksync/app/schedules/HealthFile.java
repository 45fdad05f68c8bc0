package dev.banksync.app.schedules;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A liveness file for a process without an HTTP port (a container health check reads how old it is): while
 * {@code healthy} says so, the file is rewritten with the current instant every {@code period}; when it does not,
 * the file is removed, and it is removed when the process stops. A check that throws counts as unhealthy.
 */
public final class HealthFile implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(HealthFile.class);

    private final Path file;
    private final BooleanSupplier healthy;
    private final Clock clock;
    private ScheduledExecutorService timer;

    public HealthFile(Path file, BooleanSupplier healthy, Clock clock) {
        this.file = file.toAbsolutePath();
        this.healthy = healthy;
        this.clock = clock;
    }

    /** Beats now and then every {@code period}, on a daemon thread. */
    public HealthFile start(Duration period) {
        timer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "health-file");
            t.setDaemon(true);
            return t;
        });
        timer.scheduleWithFixedDelay(this::beat, 0, period.toMillis(), TimeUnit.MILLISECONDS);
        return this;
    }

    /** One check: rewrites the file when healthy (atomically, so a reader never sees half of it), else removes it. */
    public void beat() {
        boolean ok;
        try {
            ok = healthy.getAsBoolean();
        } catch (RuntimeException e) {
            LOG.warn("health check failed: {}", e.toString());
            ok = false;
        }
        try {
            if (ok) {
                Path next = file.resolveSibling(file.getFileName() + ".next");
                Files.writeString(next, clock.instant() + System.lineSeparator());
                Files.move(next, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } else {
                Files.deleteIfExists(file);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the health file " + file, e);
        }
    }

    @Override
    public void close() {
        if (timer != null) {
            timer.shutdownNow();
        }
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            LOG.warn("cannot remove the health file {}: {}", file, e.toString());
        }
    }
}
