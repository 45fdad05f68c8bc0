package dev.banksync.batch.sync.connector.plaid;

import java.net.URI;
import java.time.Duration;
import java.util.Objects;

/**
 * Where a Plaid-style provider is and how patiently to talk to it.
 *
 * @param requestTimeout how long one request may take before it counts as failed (and is retried)
 * @param pageSize       transactions per page ({@code count}); Plaid and the sandbox allow 1–500
 */
public record HttpSettings(URI baseUrl, Duration connectTimeout, Duration requestTimeout, int pageSize) {

    public HttpSettings {
        Objects.requireNonNull(baseUrl, "baseUrl");
        Objects.requireNonNull(connectTimeout, "connectTimeout");
        Objects.requireNonNull(requestTimeout, "requestTimeout");
        if (pageSize < 1 || pageSize > 500) {
            throw new IllegalArgumentException("pageSize must be between 1 and 500, was " + pageSize);
        }
    }

    public static HttpSettings of(URI baseUrl) {
        return new HttpSettings(baseUrl, Duration.ofSeconds(5), Duration.ofSeconds(30), 500);
    }

    public HttpSettings withRequestTimeout(Duration timeout) {
        return new HttpSettings(baseUrl, connectTimeout, timeout, pageSize);
    }

    public HttpSettings withPageSize(int size) {
        return new HttpSettings(baseUrl, connectTimeout, requestTimeout, size);
    }
}
