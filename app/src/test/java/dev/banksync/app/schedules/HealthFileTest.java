package dev.banksync.app.schedules;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HealthFileTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-21T06:00:10Z"), ZoneOffset.UTC);

    @TempDir
    Path dir;

    @Test
    void aHealthyBeatWritesTheInstantAndAnUnhealthyOneRemovesTheFile() throws Exception {
        AtomicBoolean up = new AtomicBoolean(true);
        Path file = dir.resolve("alive");
        HealthFile health = new HealthFile(file, up::get, CLOCK);

        health.beat();
        assertThat(Files.readString(file).trim()).isEqualTo("2026-11-21T06:00:10Z");
        up.set(false);
        health.beat();
        assertThat(file).doesNotExist();
        assertThat(dir).isEmptyDirectory();
    }

    @Test
    void aCheckThatThrowsIsUnhealthy() throws Exception {
        Path file = dir.resolve("alive");
        Files.writeString(file, "old");
        new HealthFile(file, () -> {
            throw new IllegalStateException("connection refused");
        }, CLOCK).beat();

        assertThat(file).doesNotExist();
    }

    @Test
    void startedItBeatsOnItsOwnAndClosingRemovesTheFile() throws Exception {
        Path file = dir.resolve("alive");
        HealthFile health = new HealthFile(file, () -> true, CLOCK).start(Duration.ofMillis(20));
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (!Files.exists(file) && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
        assertThat(file).exists();

        health.close();
        assertThat(file).doesNotExist();
    }
}
