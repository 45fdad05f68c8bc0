package dev.banksync.stream.categorise;

import static dev.banksync.stream.TestEvents.txn;
import static org.assertj.core.api.Assertions.assertThat;

import dev.banksync.core.event.TransactionEvent;
import dev.banksync.stream.FlinkHarnesses;
import dev.banksync.stream.reference.ReferenceData;
import dev.banksync.stream.reference.ReferenceDataLoader;
import dev.banksync.stream.reference.ReferenceState;
import dev.banksync.stream.reference.RuleRow;
import dev.banksync.stream.state.StateTtl;
import java.util.List;
import org.apache.flink.runtime.checkpoint.OperatorSubtaskState;
import org.apache.flink.streaming.util.KeyedBroadcastOperatorTestHarness;
import org.junit.jupiter.api.Test;

class CategoriseFunctionTest {

    private static final TransactionEvent GYM =
            txn("u1", "t1").description("PUREGYM LTD 0042").amount(-2999, "GBP").posted();

    private static ReferenceData rules(long loadedAt, String category) {
        return new ReferenceData(List.of(new RuleRow(1, "u1", 10, "DESCRIPTION", "CONTAINS", "PUREGYM", null, null,
                category)), List.of(), List.of(), loadedAt);
    }

    private static KeyedBroadcastOperatorTestHarness<String, TransactionEvent, ReferenceData, CategorisedTransaction>
            harness(ReferenceDataLoader loader, OperatorSubtaskState restoreFrom) throws Exception {
        return FlinkHarnesses.keyedBroadcast(
                new CategoriseFunction(CategoriserFactory.baseline(), loader, StateTtl.DEFAULT),
                TransactionEvent::userId, ReferenceState.DESCRIPTOR, restoreFrom);
    }

    @Test
    void theRulesLoadedOnOpenApplyToTheFirstEvents() throws Exception {
        var harness = harness(() -> rules(1, "PERSONAL_CARE"), null);
        harness.processElement(GYM, 0);

        assertThat(harness.extractOutputValues()).singleElement()
                .extracting(CategorisedTransaction::category, CategorisedTransaction::decidedBy)
                .containsExactly("PERSONAL_CARE", DecidedBy.RULE);
    }

    @Test
    void aChangedRuleReachesTheRunningFunctionThroughTheBroadcast() throws Exception {
        var harness = harness(ReferenceDataLoader.none(), null);
        harness.processElement(GYM, 0);
        harness.processBroadcastElement(rules(2, "PERSONAL_CARE"), 0);
        harness.processElement(txn("u1", "t1").version(2).description("PUREGYM LTD 0042").posted(), 0);
        harness.processBroadcastElement(rules(3, "ENTERTAINMENT"), 0);
        harness.processElement(txn("u1", "t2").description("PUREGYM LTD 0042").posted(), 0);

        assertThat(harness.extractOutputValues()).extracting(CategorisedTransaction::category)
                .containsExactly("UNCATEGORIZED", "PERSONAL_CARE", "ENTERTAINMENT");
    }

    @Test
    void aRestoredFunctionKeepsTheBroadcastRulesOfItsCheckpointUntilAFresherLoad() throws Exception {
        var before = harness(ReferenceDataLoader.none(), null);
        before.processBroadcastElement(rules(5, "PERSONAL_CARE"), 0);
        OperatorSubtaskState snapshot = before.snapshot(1, 1);
        before.close();

        // The database is (momentarily) empty at restart: the checkpoint's newer snapshot wins over the stale load.
        var after = harness(() -> new ReferenceData(List.of(), List.of(), List.of(), 4), snapshot);
        after.processElement(GYM, 0);

        assertThat(after.extractOutputValues()).singleElement()
                .extracting(CategorisedTransaction::category).isEqualTo("PERSONAL_CARE");
    }
}
