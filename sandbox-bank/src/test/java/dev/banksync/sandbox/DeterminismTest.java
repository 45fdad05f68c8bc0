package dev.banksync.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import dev.banksync.sandbox.connection.Connection;
import dev.banksync.sandbox.sync.SyncCursor;
import dev.banksync.sandbox.truth.GroundTruth;
import dev.banksync.sandbox.truth.TruthTransaction;
import java.util.List;
import org.junit.jupiter.api.Test;

class DeterminismTest {

    private static final SandboxConfig CONFIG = SandboxConfig.defaults().withUsers(12);

    @Test
    void the_same_seed_builds_the_same_bank_down_to_every_sync_page() {
        SimulatedBank a = new SimulatedBank(CONFIG);
        SimulatedBank b = new SimulatedBank(CONFIG);
        a.clock().advance(4);
        b.clock().advance(4);

        assertThat(a.connections()).isEqualTo(b.connections());
        for (Connection c : a.connections()) {
            assertThat(a.groundTruth(c.connectionId())).isEqualTo(b.groundTruth(c.connectionId()));
            assertThat(a.sync(c, SyncCursor.START, 37)).isEqualTo(b.sync(c, SyncCursor.START, 37));
        }
    }

    @Test
    void another_seed_builds_another_bank() {
        SimulatedBank a = new SimulatedBank(CONFIG);
        SimulatedBank b = new SimulatedBank(CONFIG.withSeed(7));

        assertThat(tokens(a)).doesNotContainAnyElementsOf(tokens(b));
        List<String> idsA = a.groundTruth("conn-00001").transactions().map(TruthTransaction::transactionId).toList();
        List<String> idsB = b.groundTruth("conn-00001").transactions().map(TruthTransaction::transactionId).toList();
        assertThat(idsA).doesNotContainAnyElementsOf(idsB);
    }

    @Test
    void advancing_day_by_day_ends_where_jumping_ends() {
        SimulatedBank stepwise = new SimulatedBank(CONFIG);
        SimulatedBank jump = new SimulatedBank(CONFIG);
        for (int i = 0; i < 6; i++) {
            stepwise.clock().advance(1);
            stepwise.groundTruth("conn-00003");  // forces the simulation of each intermediate day
        }
        jump.clock().advance(6);

        assertThat(stepwise.groundTruth("conn-00003")).isEqualTo(jump.groundTruth("conn-00003"));
        assertThat(stepwise.changeCount("conn-00003")).isEqualTo(jump.changeCount("conn-00003"));
    }

    @Test
    void a_connection_does_not_depend_on_the_population_size_or_on_the_cache() {
        SimulatedBank small = new SimulatedBank(CONFIG.withUsers(3));
        SimulatedBank evicting = new SimulatedBank(CONFIG.withCachedConnections(1));
        small.clock().advance(2);
        evicting.clock().advance(2);

        GroundTruth first = evicting.groundTruth("conn-00002");
        evicting.groundTruth("conn-00001");  // evicts conn-00002; reading it again rebuilds it from the seed
        assertThat(evicting.groundTruth("conn-00002")).isEqualTo(first);
        assertThat(small.groundTruth("conn-00002")).isEqualTo(first);
    }

    private static List<String> tokens(SimulatedBank bank) {
        return bank.connections().stream().map(Connection::accessToken).toList();
    }
}
