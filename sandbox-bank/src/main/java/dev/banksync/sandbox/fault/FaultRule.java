package dev.banksync.sandbox.fault;

import java.time.Duration;
import java.util.Locale;
import java.util.Set;

/**
 * What to inject, where and how often.
 *
 * @param connectionId only this connection, or null for all
 * @param rate         the probability that a matching request is hit (deterministic per connection and request)
 * @param count        hit at most this many requests, then stop; null for no limit
 * @param delay        SLOW: the extra latency; TIMEOUT: how long to hang; null for the kind's default
 * @param retryAfterSeconds RATE_LIMIT: the {@code Retry-After} header
 * @param status       SERVER_ERROR: 500, 502, 503 or 504
 */
public record FaultRule(FaultKind kind, String connectionId, double rate, Integer count, Duration delay,
                        int retryAfterSeconds, int status) {

    private static final Set<Integer> SERVER_STATUSES = Set.of(500, 502, 503, 504);

    public FaultRule {
        if (kind == null) {
            throw new IllegalArgumentException("fault kind is missing");
        }
        if (!(rate >= 0 && rate <= 1)) {
            throw new IllegalArgumentException("fault rate must be between 0 and 1, got " + rate);
        }
        if (count != null && count < 1) {
            throw new IllegalArgumentException("fault count must be at least 1, got " + count);
        }
        if (delay != null && delay.isNegative()) {
            throw new IllegalArgumentException("fault delay must not be negative");
        }
        if (retryAfterSeconds < 0) {
            throw new IllegalArgumentException("retry_after_seconds must not be negative");
        }
        if (!SERVER_STATUSES.contains(status)) {
            throw new IllegalArgumentException("fault status must be one of " + SERVER_STATUSES + ", got " + status);
        }
    }

    /** Every matching request, for every connection, until removed. */
    public static FaultRule of(FaultKind kind) {
        return new FaultRule(kind, null, 1.0, null, null, 1, 500);
    }

    public FaultRule forConnection(String id) {
        return new FaultRule(kind, id, rate, count, delay, retryAfterSeconds, status);
    }

    public FaultRule withRate(double newRate) {
        return new FaultRule(kind, connectionId, newRate, count, delay, retryAfterSeconds, status);
    }

    public FaultRule times(int newCount) {
        return new FaultRule(kind, connectionId, rate, newCount, delay, retryAfterSeconds, status);
    }

    public FaultRule withDelay(Duration newDelay) {
        return new FaultRule(kind, connectionId, rate, count, newDelay, retryAfterSeconds, status);
    }

    public FaultRule withRetryAfter(int seconds) {
        return new FaultRule(kind, connectionId, rate, count, delay, seconds, status);
    }

    public FaultRule withStatus(int newStatus) {
        return new FaultRule(kind, connectionId, rate, count, delay, retryAfterSeconds, newStatus);
    }

    public Duration effectiveDelay() {
        return delay != null ? delay : kind.defaultDelay();
    }

    /**
     * Parses the command-line form {@code KIND[:key=value,...]} with keys {@code rate}, {@code count},
     * {@code connection}, {@code delay-ms}, {@code retry-after}, {@code status};
     * e.g. {@code RATE_LIMIT:rate=0.1,retry-after=2}.
     */
    public static FaultRule parse(String spec) {
        String[] head = spec.split(":", 2);
        FaultRule rule;
        try {
            rule = of(FaultKind.valueOf(head[0].trim().toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown fault kind '" + head[0] + "' in '" + spec + "'");
        }
        if (head.length == 1 || head[1].isBlank()) {
            return rule;
        }
        for (String option : head[1].split(",")) {
            String[] kv = option.split("=", 2);
            if (kv.length != 2) {
                throw new IllegalArgumentException("fault option '" + option + "' in '" + spec + "' is not key=value");
            }
            String value = kv[1].trim();
            try {
                rule = switch (kv[0].trim()) {
                    case "rate" -> rule.withRate(Double.parseDouble(value));
                    case "count" -> rule.times(Integer.parseInt(value));
                    case "connection" -> rule.forConnection(value);
                    case "delay-ms" -> rule.withDelay(Duration.ofMillis(Long.parseLong(value)));
                    case "retry-after" -> rule.withRetryAfter(Integer.parseInt(value));
                    case "status" -> rule.withStatus(Integer.parseInt(value));
                    default -> throw new IllegalArgumentException("unknown fault option '" + kv[0] + "' in '" + spec
                            + "' (known: rate, count, connection, delay-ms, retry-after, status)");
                };
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("fault option '" + option + "' in '" + spec + "' is not a number");
            }
        }
        return rule;
    }
}
