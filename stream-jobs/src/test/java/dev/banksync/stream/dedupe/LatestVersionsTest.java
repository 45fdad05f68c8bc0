package dev.banksync.stream.dedupe;

import static dev.banksync.stream.TestEvents.txn;
import static org.assertj.core.api.Assertions.assertThat;

import dev.banksync.core.event.TransactionEvent;
import dev.banksync.stream.FlinkHarnesses;
import dev.banksync.stream.categorise.CategorisedTransaction;
import dev.banksync.stream.categorise.CategoriseFunction;
import dev.banksync.stream.categorise.CategoriserFactory;
import dev.banksync.stream.reference.ReferenceData;
import dev.banksync.stream.reference.ReferenceDataLoader;
import dev.banksync.stream.reference.ReferenceState;
import java.time.Duration;
import java.util.List;
import org.apache.flink.runtime.checkpoint.OperatorSubtaskState;
import org.apache.flink.streaming.util.KeyedBroadcastOperatorTestHarness;
import org.junit.jupiter.api.Test;

/** Stale versions are dropped by the first keyed operator, the categoriser: what passes is what it categorises. */
class LatestVersionsTest {

    private static final Duration TTL = Duration.ofDays(30);

    private static KeyedBroadcastOperatorTestHarness<String, TransactionEvent, ReferenceData, CategorisedTransaction>
            harness(OperatorSubtaskState restoreFrom) throws Exception {
        return FlinkHarnesses.keyedBroadcast(
                new CategoriseFunction(CategoriserFactory.baseline(), ReferenceDataLoader.none(), TTL),
                TransactionEvent::userId, ReferenceState.DESCRIPTOR, restoreFrom);
    }

    private static List<TransactionEvent> passed(
            KeyedBroadcastOperatorTestHarness<String, TransactionEvent, ReferenceData, CategorisedTransaction> h) {
        return h.extractOutputValues().stream().map(CategorisedTransaction::event).toList();
    }

    @Test
    void newerVersionsPassAndReplayedOrOlderOnesAreDropped() throws Exception {
        var harness = harness(null);
        TransactionEvent v1 = txn("u1", "t1").version(1).posted();
        TransactionEvent v2 = txn("u1", "t1").version(2).amount(-1200, "EUR").posted();
        TransactionEvent removal = txn("u1", "t1").version(3).removed();

        harness.processElement(v1, 0);
        harness.processElement(v2, 0);
        harness.processElement(v2, 0);                        // redelivered duplicate
        harness.processElement(v1, 0);                        // stale, out of order
        harness.processElement(removal, 0);
        harness.processElement(txn("u1", "t1").version(2).posted(), 0); // an upsert older than the removal

        assertThat(passed(harness)).containsExactly(v1, v2, removal);
    }

    @Test
    void versionsAreTrackedPerTransactionAndPerUser() throws Exception {
        var harness = harness(null);
        TransactionEvent a = txn("u1", "t1").version(5).posted();
        TransactionEvent b = txn("u1", "t2").version(1).posted();
        TransactionEvent c = txn("u2", "t1").version(1).posted();

        harness.processElement(a, 0);
        harness.processElement(b, 0);
        harness.processElement(c, 0);

        assertThat(passed(harness)).containsExactly(a, b, c);
    }

    @Test
    void theLastSeenVersionsSurviveACheckpointAndRestore() throws Exception {
        var before = harness(null);
        before.processElement(txn("u1", "t1").version(2).posted(), 0);
        var snapshot = before.snapshot(1, 10);
        before.close();

        var after = harness(snapshot);
        TransactionEvent v3 = txn("u1", "t1").version(3).posted();
        after.processElement(txn("u1", "t1").version(2).posted(), 20);
        after.processElement(v3, 20);

        assertThat(passed(after)).containsExactly(v3);
    }

    @Test
    void aVersionIsForgottenOnlyAfterTheStateTtl() throws Exception {
        var harness = harness(null);
        TransactionEvent v1 = txn("u1", "t1").version(1).posted();
        harness.setStateTtlProcessingTime(0);
        harness.processElement(v1, 0);

        harness.setStateTtlProcessingTime(TTL.toMillis() - 1);
        harness.processElement(v1, 0);
        harness.setStateTtlProcessingTime(TTL.toMillis() + 1);
        harness.processElement(v1, 0);

        // Within the TTL the replay is dropped; past it the transaction is unknown again and passes.
        assertThat(passed(harness)).containsExactly(v1, v1);
    }
}
