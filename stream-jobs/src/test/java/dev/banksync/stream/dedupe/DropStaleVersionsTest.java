package dev.banksync.stream.dedupe;

import static dev.banksync.stream.TestEvents.txn;
import static org.assertj.core.api.Assertions.assertThat;

import dev.banksync.core.event.TransactionEvent;
import dev.banksync.stream.FlinkHarnesses;
import java.time.Duration;
import org.apache.flink.streaming.util.KeyedOneInputStreamOperatorTestHarness;
import org.junit.jupiter.api.Test;

class DropStaleVersionsTest {

    private static final Duration TTL = Duration.ofDays(30);

    private static KeyedOneInputStreamOperatorTestHarness<String, TransactionEvent, TransactionEvent> harness()
            throws Exception {
        return FlinkHarnesses.keyed(new DropStaleVersions(TTL), TransactionEvent::userId);
    }

    @Test
    void newerVersionsPassAndReplayedOrOlderOnesAreDropped() throws Exception {
        var harness = harness();
        TransactionEvent v1 = txn("u1", "t1").version(1).posted();
        TransactionEvent v2 = txn("u1", "t1").version(2).amount(-1200, "EUR").posted();
        TransactionEvent removal = txn("u1", "t1").version(3).removed();

        harness.processElement(v1, 0);
        harness.processElement(v2, 0);
        harness.processElement(v2, 0);                        // redelivered duplicate
        harness.processElement(v1, 0);                        // stale, out of order
        harness.processElement(removal, 0);
        harness.processElement(txn("u1", "t1").version(2).posted(), 0); // an upsert older than the removal

        assertThat(harness.extractOutputValues()).containsExactly(v1, v2, removal);
    }

    @Test
    void versionsAreTrackedPerTransactionAndPerUser() throws Exception {
        var harness = harness();
        TransactionEvent a = txn("u1", "t1").version(5).posted();
        TransactionEvent b = txn("u1", "t2").version(1).posted();
        TransactionEvent c = txn("u2", "t1").version(1).posted();

        harness.processElement(a, 0);
        harness.processElement(b, 0);
        harness.processElement(c, 0);

        assertThat(harness.extractOutputValues()).containsExactly(a, b, c);
    }

    @Test
    void theLastSeenVersionsSurviveACheckpointAndRestore() throws Exception {
        var before = harness();
        before.processElement(txn("u1", "t1").version(2).posted(), 0);
        var snapshot = before.snapshot(1, 10);
        before.close();

        var after = FlinkHarnesses.keyed(new DropStaleVersions(TTL), TransactionEvent::userId, snapshot);
        TransactionEvent v3 = txn("u1", "t1").version(3).posted();
        after.processElement(txn("u1", "t1").version(2).posted(), 20);
        after.processElement(v3, 20);

        assertThat(after.extractOutputValues()).containsExactly(v3);
    }

    @Test
    void aVersionIsForgottenOnlyAfterTheStateTtl() throws Exception {
        var harness = harness();
        TransactionEvent v1 = txn("u1", "t1").version(1).posted();
        harness.setStateTtlProcessingTime(0);
        harness.processElement(v1, 0);

        harness.setStateTtlProcessingTime(TTL.toMillis() - 1);
        harness.processElement(v1, 0);
        harness.setStateTtlProcessingTime(TTL.toMillis() + 1);
        harness.processElement(v1, 0);

        // Within the TTL the replay is dropped; past it the transaction is unknown again and passes.
        assertThat(harness.extractOutputValues()).containsExactly(v1, v1);
    }
}
