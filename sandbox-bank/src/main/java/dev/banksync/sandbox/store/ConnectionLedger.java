package dev.banksync.sandbox.store;

import dev.banksync.sandbox.ledger.ChangeLog;
import dev.banksync.sandbox.profile.UserProfile;
import dev.banksync.sandbox.simulation.ConnectionSimulator;
import java.util.function.Function;

/** A connection's simulation, safe to read from several request threads. */
public final class ConnectionLedger {

    private final ConnectionSimulator simulator;

    public ConnectionLedger(ConnectionSimulator simulator) {
        this.simulator = simulator;
    }

    public UserProfile profile() {
        return simulator.profile();
    }

    /** Simulates up to {@code day} if needed, then reads the log under this ledger's lock. */
    public synchronized <T> T read(int day, Function<ChangeLog, T> reader) {
        simulator.advanceTo(day);
        return reader.apply(simulator.log());
    }
}
