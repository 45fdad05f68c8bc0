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
import dev.banksync.ml.categorise.Categoriser;
import dev.banksync.ml.categorise.CategoriserInput;
import dev.banksync.ml.categorise.Prediction;
import java.util.List;
import java.util.Optional;
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
    void aModelActivatedInTheRegistryDecidesFromTheNextEventOnAndAMissingOneChangesNothing() throws Exception {
        var harness = FlinkHarnesses.keyedBroadcast(
                new CategoriseFunction(new FixedModelFactory("GENERAL_MERCHANDISE", "shipped", true),
                        new RegistryOf("reg-2", "ENTERTAINMENT"), StateTtl.DEFAULT),
                TransactionEvent::userId, ReferenceState.DESCRIPTOR, null);
        harness.processElement(GYM, 0);
        harness.processBroadcastElement(activeModel(2, "reg-2"), 0);
        harness.processElement(txn("u1", "t2").description("PUREGYM LTD 0042").posted(), 0);
        harness.processBroadcastElement(activeModel(3, "reg-3-not-registered"), 0);
        harness.processElement(txn("u1", "t3").description("PUREGYM LTD 0042").posted(), 0);

        assertThat(harness.extractOutputValues())
                .extracting(CategorisedTransaction::category, CategorisedTransaction::modelVersion)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("GENERAL_MERCHANDISE", "shipped"),
                        org.assertj.core.groups.Tuple.tuple("ENTERTAINMENT", "reg-2"),
                        org.assertj.core.groups.Tuple.tuple("ENTERTAINMENT", "reg-2"));
    }

    @Test
    void theFixedBaselineIgnoresTheRegistry() throws Exception {
        var harness = FlinkHarnesses.keyedBroadcast(
                new CategoriseFunction(new FixedModelFactory("GENERAL_MERCHANDISE", "rules", false),
                        new RegistryOf("reg-2", "ENTERTAINMENT"), StateTtl.DEFAULT),
                TransactionEvent::userId, ReferenceState.DESCRIPTOR, null);
        harness.processBroadcastElement(activeModel(2, "reg-2"), 0);
        harness.processElement(GYM, 0);

        assertThat(harness.extractOutputValues()).singleElement()
                .extracting(CategorisedTransaction::modelVersion).isEqualTo("rules");
    }

    @Test
    void aCorrectionEventDecidesTheUsersNextTransactionFromTheMerchantAtOnceAndNoOneElses() throws Exception {
        var harness = harness(ReferenceDataLoader.none(), null); // the poll knows of no correction
        harness.processElement(GYM, 0);
        harness.processElement(txn("u1", "t1").version(2).description("PUREGYM LTD 0042").amount(-2999, "GBP")
                .correctedTo("PERSONAL_CARE").posted(), 0);
        harness.processElement(txn("u1", "t2").description("PUREGYM LTD 0077").amount(-2999, "GBP").posted(), 0);
        harness.processElement(txn("u2", "t9").description("PUREGYM LTD 0042").amount(-2999, "GBP").posted(), 0);

        assertThat(harness.extractOutputValues())
                .extracting(d -> d.event().transactionId(), CategorisedTransaction::category,
                        CategorisedTransaction::decidedBy)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("t1", "UNCATEGORIZED", DecidedBy.DEFAULT),
                        org.assertj.core.groups.Tuple.tuple("t1", "PERSONAL_CARE", DecidedBy.USER),
                        org.assertj.core.groups.Tuple.tuple("t2", "PERSONAL_CARE", DecidedBy.USER),
                        org.assertj.core.groups.Tuple.tuple("t9", "UNCATEGORIZED", DecidedBy.DEFAULT));
    }

    @Test
    void theLearntMemoryIsInTheCheckpoint() throws Exception {
        var before = harness(ReferenceDataLoader.none(), null);
        before.processElement(txn("u1", "t1").version(2).description("PUREGYM LTD 0042").amount(-2999, "GBP")
                .correctedTo("PERSONAL_CARE").posted(), 0);
        OperatorSubtaskState snapshot = before.snapshot(1, 1);
        before.close();

        var after = harness(ReferenceDataLoader.none(), snapshot);
        after.processElement(txn("u1", "t2").description("PUREGYM LTD 0077").amount(-2999, "GBP").posted(), 0);

        assertThat(after.extractOutputValues()).singleElement()
                .extracting(CategorisedTransaction::category, CategorisedTransaction::decidedBy)
                .containsExactly("PERSONAL_CARE", DecidedBy.USER);
    }

    private static ReferenceData activeModel(long loadedAt, String version) {
        return new ReferenceData(List.of(), List.of(), List.of(), loadedAt, version);
    }

    /** A model that calls everything {@code category}. */
    private record FixedModel(String category, String version) implements Categoriser {
        @Override
        public Prediction predict(CategoriserInput input) {
            return new Prediction(category, 0.99, false, "PureGym", version);
        }
    }

    private record FixedModelFactory(String category, String version, boolean followsRegistry)
            implements CategoriserFactory {
        @Override
        public Categoriser create() {
            return new FixedModel(category, version);
        }
    }

    /** A registry holding one version; no rules or corrections. */
    private record RegistryOf(String version, String category) implements ReferenceDataLoader {
        @Override
        public ReferenceData load() {
            return ReferenceData.EMPTY;
        }

        @Override
        public Optional<Categoriser> categoriser(String wanted) {
            return wanted.equals(version) ? Optional.of(new FixedModel(category, version)) : Optional.empty();
        }
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
