package dev.banksync.sandbox;

import dev.banksync.sandbox.fault.FaultRule;
import java.time.LocalDate;
import java.util.List;

/**
 * How to run a sandbox bank. Same seed, users, start date and history give the same bank, byte for byte.
 *
 * @param startDate         the date of simulated day 0 (the clock starts there)
 * @param historyDays       how many days of history exist before the start date
 * @param port              0 picks a free port
 * @param threads           HTTP worker threads
 * @param cachedConnections how many connections' simulations stay in memory (others are rebuilt on demand)
 * @param faults            faults switched on from the start
 */
public record SandboxConfig(long seed, int users, LocalDate startDate, int historyDays, String host, int port,
                            int threads, int cachedConnections, List<FaultRule> faults) {

    public static final long DEFAULT_SEED = 42;
    public static final int DEFAULT_USERS = 50;
    public static final LocalDate DEFAULT_START_DATE = LocalDate.of(2026, 1, 5);
    public static final int DEFAULT_HISTORY_DAYS = 90;
    public static final int DEFAULT_PORT = 8787;

    public SandboxConfig {
        require(users >= 1 && users <= 1_000_000, "users must be between 1 and 1000000, got " + users);
        require(startDate != null, "start date is missing");
        require(historyDays >= 0 && historyDays <= 3650, "history days must be between 0 and 3650, got " + historyDays);
        require(host != null && !host.isBlank(), "host is missing");
        require(port >= 0 && port <= 65535, "port must be between 0 and 65535, got " + port);
        require(threads >= 1 && threads <= 256, "threads must be between 1 and 256, got " + threads);
        require(cachedConnections >= 1, "cached connections must be at least 1, got " + cachedConnections);
        faults = List.copyOf(faults == null ? List.of() : faults);
    }

    /** 50 users, seed 42, from 2026-01-05 with 90 days of history, on 127.0.0.1 and a free port. */
    public static SandboxConfig defaults() {
        return new SandboxConfig(DEFAULT_SEED, DEFAULT_USERS, DEFAULT_START_DATE, DEFAULT_HISTORY_DAYS,
                "127.0.0.1", 0, 8, 512, List.of());
    }

    public SandboxConfig withSeed(long value) {
        return new SandboxConfig(value, users, startDate, historyDays, host, port, threads, cachedConnections, faults);
    }

    public SandboxConfig withUsers(int value) {
        return new SandboxConfig(seed, value, startDate, historyDays, host, port, threads, cachedConnections, faults);
    }

    public SandboxConfig withStartDate(LocalDate value) {
        return new SandboxConfig(seed, users, value, historyDays, host, port, threads, cachedConnections, faults);
    }

    public SandboxConfig withHistoryDays(int value) {
        return new SandboxConfig(seed, users, startDate, value, host, port, threads, cachedConnections, faults);
    }

    public SandboxConfig withHost(String value) {
        return new SandboxConfig(seed, users, startDate, historyDays, value, port, threads, cachedConnections, faults);
    }

    public SandboxConfig withPort(int value) {
        return new SandboxConfig(seed, users, startDate, historyDays, host, value, threads, cachedConnections, faults);
    }

    public SandboxConfig withThreads(int value) {
        return new SandboxConfig(seed, users, startDate, historyDays, host, port, value, cachedConnections, faults);
    }

    public SandboxConfig withCachedConnections(int value) {
        return new SandboxConfig(seed, users, startDate, historyDays, host, port, threads, value, faults);
    }

    public SandboxConfig withFaults(List<FaultRule> value) {
        return new SandboxConfig(seed, users, startDate, historyDays, host, port, threads, cachedConnections, value);
    }

    private static void require(boolean condition, String message) {
        if (!condition) {
            throw new IllegalArgumentException(message);
        }
    }
}
