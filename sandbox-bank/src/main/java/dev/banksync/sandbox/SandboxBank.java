package dev.banksync.sandbox;

import dev.banksync.sandbox.connection.Connection;
import dev.banksync.sandbox.fault.FaultPlan;
import dev.banksync.sandbox.http.SandboxHttpServer;
import dev.banksync.sandbox.truth.GroundTruth;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A running sandbox bank: the simulated bank behind its HTTP API. Embedded use (tests, the demo):
 * <pre>{@code
 * try (SandboxBank bank = SandboxBank.start(SandboxConfig.defaults().withUsers(10))) {
 *     URI api = bank.baseUrl();                       // POST api + "/transactions/sync" ...
 *     String token = bank.connections().get(0).accessToken();
 *     bank.advanceDays(1);
 *     GroundTruth truth = bank.groundTruth(bank.connections().get(0).connectionId());
 * }
 * }</pre>
 * The API is documented in {@code sandbox-bank/README.md}.
 */
public final class SandboxBank implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(SandboxBank.class);

    private final SimulatedBank bank;
    private final SandboxHttpServer server;

    private SandboxBank(SimulatedBank bank, SandboxHttpServer server) {
        this.bank = bank;
        this.server = server;
    }

    /** Builds the bank from the config and starts serving it; port 0 picks a free port. */
    public static SandboxBank start(SandboxConfig config) {
        SimulatedBank bank = new SimulatedBank(config);
        SandboxHttpServer server = SandboxHttpServer.start(bank, config.host(), config.port(), config.threads());
        LOG.info("sandbox bank on {}: seed {}, {} connections, day 0 = {}, {} days of history", server.baseUrl(),
                config.seed(), config.users(), config.startDate(), config.historyDays());
        return new SandboxBank(bank, server);
    }

    public int port() {
        return server.port();
    }

    /** e.g. {@code http://127.0.0.1:41234}; endpoints are paths below it. */
    public URI baseUrl() {
        return server.baseUrl();
    }

    /** The bank without HTTP, for direct reads in tests. */
    public SimulatedBank bank() {
        return bank;
    }

    /** Every connection with its access token, in a stable order. */
    public List<Connection> connections() {
        return bank.connections();
    }

    public int day() {
        return bank.clock().day();
    }

    public LocalDate today() {
        return bank.clock().today();
    }

    /** Moves the simulated clock forward; new pendings, postings and corrections appear. Returns the new date. */
    public LocalDate advanceDays(int days) {
        bank.clock().advance(days);
        return today();
    }

    /** The connection's final ledger (true categories) and injected anomalies, as of today. */
    public GroundTruth groundTruth(String connectionId) {
        return bank.groundTruth(connectionId);
    }

    /** The fault plan: add, list, remove or clear injected faults while the bank runs. */
    public FaultPlan faults() {
        return bank.faults();
    }

    @Override
    public void close() {
        server.close();
    }
}
