package dev.banksync.sandbox.store;

import dev.banksync.sandbox.catalog.MerchantCatalog;
import dev.banksync.sandbox.catalog.StatementFormats;
import dev.banksync.sandbox.connection.Connection;
import dev.banksync.sandbox.connection.ConnectionDirectory;
import dev.banksync.sandbox.simulation.ConnectionSimulator;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Keeps the most recently used connections' simulations in memory (LRU) and rebuilds evicted ones from the
 * seed on demand. Rebuilding is exact, because a simulation depends only on the seed and the user, so a 10 000
 * user bank needs memory for {@code capacity} ledgers, not for all of them.
 */
public final class LedgerStore {

    private final long seed;
    private final ConnectionDirectory directory;
    private final MerchantCatalog catalog;
    private final StatementFormats formats;
    private final LocalDate startDate;
    private final int firstDay;
    private final Map<Integer, ConnectionLedger> cache;

    public LedgerStore(long seed, ConnectionDirectory directory, MerchantCatalog catalog, StatementFormats formats,
                       LocalDate startDate, int historyDays, int capacity) {
        this.seed = seed;
        this.directory = directory;
        this.catalog = catalog;
        this.formats = formats;
        this.startDate = startDate;
        this.firstDay = -historyDays;
        this.cache = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<Integer, ConnectionLedger> eldest) {
                return size() > capacity;
            }
        };
    }

    public synchronized ConnectionLedger ledger(Connection connection) {
        return cache.computeIfAbsent(connection.index(), i -> new ConnectionLedger(new ConnectionSimulator(seed,
                directory.profile(connection), catalog, formats, startDate, firstDay)));
    }
}
