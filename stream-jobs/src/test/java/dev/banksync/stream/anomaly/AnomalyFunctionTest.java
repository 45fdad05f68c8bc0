package dev.banksync.stream.anomaly;

import static dev.banksync.stream.Decisions.as;
import static dev.banksync.stream.TestEvents.txn;
import static org.assertj.core.api.Assertions.assertThat;

import dev.banksync.core.event.AlertEvent;
import dev.banksync.core.event.AlertEvent.AlertKind;
import dev.banksync.stream.FlinkHarnesses;
import dev.banksync.stream.categorise.CategorisedTransaction;
import java.time.Duration;
import org.apache.flink.runtime.checkpoint.OperatorSubtaskState;
import org.apache.flink.streaming.util.KeyedOneInputStreamOperatorTestHarness;
import org.junit.jupiter.api.Test;

class AnomalyFunctionTest {

    private static final Duration TTL = Duration.ofDays(30);

    private static KeyedOneInputStreamOperatorTestHarness<String, CategorisedTransaction, AlertEvent> harness(
            OperatorSubtaskState restoreFrom) throws Exception {
        return FlinkHarnesses.keyed(new AnomalyFunction(AnomalySettings.DEFAULTS, TTL),
                CategorisedTransaction::userId, restoreFrom);
    }

    private static CategorisedTransaction coffee(String user, String id, String emittedAt) {
        return as("FOOD_AND_DRINK", txn(user, id).on("2026-03-02").amount(-450, "EUR").merchant("BLUE BOTTLE")
                .emittedAt(emittedAt).posted());
    }

    @Test
    void aDuplicateAcrossACheckpointIsStillFoundAndNotForAnotherUser() throws Exception {
        var before = harness(null);
        before.processElement(coffee("u1", "t1", "2026-03-02T08:00:00Z"), 0);
        OperatorSubtaskState snapshot = before.snapshot(1, 1);
        before.close();

        var after = harness(snapshot);
        after.processElement(coffee("u2", "t9", "2026-03-02T08:01:00Z"), 0);
        after.processElement(coffee("u1", "t2", "2026-03-02T08:02:00Z"), 0);
        after.processElement(coffee("u1", "t2", "2026-03-02T08:02:00Z"), 0); // replay of the same version

        assertThat(after.extractOutputValues()).extracting(AlertEvent::kind, AlertEvent::userId)
                .containsExactly(org.assertj.core.api.Assertions.tuple(AlertKind.DUPLICATE_CHARGE, "u1"));
    }

    @Test
    void historyIsForgottenAfterTheStateTtl() throws Exception {
        var harness = harness(null);
        harness.setStateTtlProcessingTime(0);
        harness.processElement(coffee("u1", "t1", "2026-03-02T08:00:00Z"), 0);
        harness.setStateTtlProcessingTime(TTL.toMillis() + 1);
        harness.processElement(coffee("u1", "t2", "2026-03-02T08:02:00Z"), 0);

        assertThat(harness.extractOutputValues()).isEmpty();
    }
}
