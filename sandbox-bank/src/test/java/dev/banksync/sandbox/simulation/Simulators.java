package dev.banksync.sandbox.simulation;

import dev.banksync.sandbox.SandboxConfig;
import dev.banksync.sandbox.catalog.MerchantCatalog;
import dev.banksync.sandbox.catalog.StatementFormats;
import dev.banksync.sandbox.profile.ProfileGenerator;
import java.time.LocalDate;

/** Builds one connection's simulator the way the bank does, for tests below the HTTP layer. */
public final class Simulators {

    public static final LocalDate START = SandboxConfig.DEFAULT_START_DATE;
    public static final int HISTORY_DAYS = SandboxConfig.DEFAULT_HISTORY_DAYS;
    private static final MerchantCatalog CATALOG = MerchantCatalog.load();
    private static final StatementFormats FORMATS = StatementFormats.load();

    private Simulators() {
    }

    public static ConnectionSimulator simulator(long seed, int user) {
        var profile = new ProfileGenerator(seed, CATALOG).generate(user, START.minusDays(HISTORY_DAYS));
        return new ConnectionSimulator(seed, profile, CATALOG, FORMATS, START, -HISTORY_DAYS);
    }

    /** A simulator already advanced to {@code day}. */
    public static ConnectionSimulator simulatedTo(long seed, int user, int day) {
        ConnectionSimulator s = simulator(seed, user);
        s.advanceTo(day);
        return s;
    }
}
