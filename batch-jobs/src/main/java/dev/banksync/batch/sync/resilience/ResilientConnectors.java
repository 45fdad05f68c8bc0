package dev.banksync.batch.sync.resilience;

import dev.banksync.batch.sync.connector.BankConnector;
import dev.banksync.batch.sync.connector.ConnectionContext;
import dev.banksync.batch.sync.connector.CursorConnector;
import dev.banksync.batch.sync.connector.SyncPage;
import dev.banksync.batch.sync.connector.WindowConnector;
import dev.banksync.batch.sync.connector.WindowOverCursor;
import dev.banksync.batch.sync.connector.WindowSnapshot;

/**
 * Puts any connector behind its provider's {@link ProviderGuard}, keeping its kind (cursor or window), so every
 * provider gets the same retries, circuit breaker and rate limit without writing any of it.
 */
public final class ResilientConnectors {

    private ResilientConnectors() {
    }

    public static BankConnector wrap(BankConnector connector, ProviderGuard guard) {
        if (connector instanceof CursorConnector cursor) {
            return new GuardedCursor(cursor, guard);
        }
        if (connector instanceof WindowOverCursor window) {
            // Its window is many page requests: each is retried, rate limited and counted by the breaker on its
            // own, so a failed page costs one request again, not the whole window.
            return window.withFeed(feed -> new GuardedCursor(feed, guard));
        }
        return new GuardedWindow((WindowConnector) connector, guard); // the only other kind: the interface is sealed
    }

    private record GuardedCursor(CursorConnector delegate, ProviderGuard guard) implements CursorConnector {
        @Override
        public String provider() {
            return delegate.provider();
        }

        @Override
        public String source() {
            return delegate.source();
        }

        @Override
        public SyncPage fetch(ConnectionContext connection, String cursor) {
            return guard.call(() -> delegate.fetch(connection, cursor));
        }
    }

    private record GuardedWindow(WindowConnector delegate, ProviderGuard guard) implements WindowConnector {
        @Override
        public String provider() {
            return delegate.provider();
        }

        @Override
        public String source() {
            return delegate.source();
        }

        @Override
        public WindowSnapshot fetchWindow(ConnectionContext connection, int days) {
            return guard.call(() -> delegate.fetchWindow(connection, days));
        }
    }
}
