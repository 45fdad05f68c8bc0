package dev.banksync.sandbox;

import dev.banksync.sandbox.accounts.AccountSnapshot;
import dev.banksync.sandbox.catalog.MerchantCatalog;
import dev.banksync.sandbox.catalog.StatementFormats;
import dev.banksync.sandbox.clock.BankClock;
import dev.banksync.sandbox.connection.Connection;
import dev.banksync.sandbox.connection.ConnectionDirectory;
import dev.banksync.sandbox.fault.FaultPlan;
import dev.banksync.sandbox.profile.Country;
import dev.banksync.sandbox.profile.ProfileGenerator;
import dev.banksync.sandbox.profile.UserProfile;
import dev.banksync.sandbox.store.ConnectionLedger;
import dev.banksync.sandbox.store.LedgerStore;
import dev.banksync.sandbox.sync.CursorCodec;
import dev.banksync.sandbox.sync.SyncCursor;
import dev.banksync.sandbox.sync.SyncPage;
import dev.banksync.sandbox.sync.SyncService;
import dev.banksync.sandbox.truth.GroundTruth;
import dev.banksync.sandbox.truth.GroundTruthBuilder;
import java.util.Arrays;
import java.util.List;

/**
 * The bank itself, without HTTP: connections, the clock, the simulated ledgers, sync pages, ground truth and the
 * fault plan. {@link SandboxBank} puts an HTTP server in front of it; tests may use it directly.
 */
public final class SimulatedBank {

    /** A sync page together with the connection's accounts, as {@code /transactions/sync} returns them. */
    public record SyncResult(SyncPage page, List<AccountSnapshot> accounts) {
    }

    private final SandboxConfig config;
    private final BankClock clock;
    private final ConnectionDirectory directory;
    private final LedgerStore ledgers;
    private final SyncService sync;
    private final FaultPlan faults;

    public SimulatedBank(SandboxConfig config) {
        this.config = config;
        this.clock = new BankClock(config.startDate());
        MerchantCatalog catalog = MerchantCatalog.load();
        StatementFormats formats = StatementFormats.load();
        ProfileGenerator profiles = new ProfileGenerator(config.seed(), catalog);
        profiles.checkCatalogCovers();
        formats.checkCovers(Arrays.stream(Country.values()).map(Country::name).toList());
        this.directory = new ConnectionDirectory(config.seed(), config.users(), profiles,
                config.startDate().minusDays(config.historyDays()));
        this.ledgers = new LedgerStore(config.seed(), directory, catalog, formats, config.startDate(),
                config.historyDays(), config.cachedConnections());
        this.sync = new SyncService(new CursorCodec(config.seed()));
        this.faults = new FaultPlan(config.seed());
        config.faults().forEach(faults::add);
    }

    public SandboxConfig config() {
        return config;
    }

    public BankClock clock() {
        return clock;
    }

    public FaultPlan faults() {
        return faults;
    }

    public List<Connection> connections() {
        return directory.all();
    }

    public Connection connection(String connectionId) {
        return directory.byId(connectionId);
    }

    /** The connection an access token reads; an unknown token is an INVALID_ACCESS_TOKEN error. */
    public Connection connectionForToken(String accessToken) {
        return directory.byToken(accessToken);
    }

    public CursorCodec cursors() {
        return sync.codec();
    }

    public UserProfile profile(Connection connection) {
        return ledgers.ledger(connection).profile();
    }

    /** The next page after {@code cursor}, as of today. */
    public SyncResult sync(Connection connection, SyncCursor cursor, int count) {
        int day = clock.day();
        ConnectionLedger ledger = ledgers.ledger(connection);
        return ledger.read(day, log -> {
            int end = log.endOf(day);
            SyncPage page = sync.page(log, connection.index(), cursor, count, end);
            return new SyncResult(page, AccountSnapshot.of(ledger.profile().accounts(), log.liveAt(end).values()));
        });
    }

    public List<AccountSnapshot> accounts(Connection connection) {
        int day = clock.day();
        ConnectionLedger ledger = ledgers.ledger(connection);
        return ledger.read(day, log -> AccountSnapshot.of(ledger.profile().accounts(),
                log.liveAt(log.endOf(day)).values()));
    }

    /** The connection's final ledger and anomalies as of today. */
    public GroundTruth groundTruth(String connectionId) {
        Connection connection = directory.byId(connectionId);
        int day = clock.day();
        ConnectionLedger ledger = ledgers.ledger(connection);
        return ledger.read(day, log -> GroundTruthBuilder.build(ledger.profile(), log.liveAt(log.endOf(day)).values(),
                clock.startDate().plusDays(day)));
    }

    /** How many change-log entries the connection has as of today (for sizing benchmarks). */
    public int changeCount(String connectionId) {
        int day = clock.day();
        return ledgers.ledger(directory.byId(connectionId)).read(day, log -> log.endOf(day));
    }
}
