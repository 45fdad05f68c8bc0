package dev.banksync.stream.spending;

import static dev.banksync.stream.TestEvents.txn;
import static org.assertj.core.api.Assertions.assertThat;

import dev.banksync.core.event.TransactionEvent;
import dev.banksync.stream.FlinkHarnesses;
import dev.banksync.stream.categorise.CategorisedTransaction;
import dev.banksync.stream.categorise.DecidedBy;
import java.time.Duration;
import java.time.LocalDate;
import org.apache.flink.runtime.checkpoint.OperatorSubtaskState;
import org.apache.flink.streaming.util.KeyedOneInputStreamOperatorTestHarness;
import org.junit.jupiter.api.Test;

class SpendingMonthlyFunctionTest {

    private static final String FOOD = "FOOD_AND_DRINK";
    private static final LocalDate MARCH = LocalDate.of(2026, 3, 1);

    private static KeyedOneInputStreamOperatorTestHarness<String, CategorisedTransaction, SpendingRow> harness(
            OperatorSubtaskState restoreFrom) throws Exception {
        return FlinkHarnesses.keyed(new SpendingMonthlyFunction(Duration.ofDays(400)),
                CategorisedTransaction::userId, restoreFrom);
    }

    private static CategorisedTransaction food(TransactionEvent event) {
        if (event.isRemoval()) {
            return CategorisedTransaction.removal(event);
        }
        return new CategorisedTransaction(event, FOOD, 0.9, false, null, "", DecidedBy.MODEL, "test", null);
    }

    private static SpendingRow march(String userId, long spent, long received, int count) {
        return new SpendingRow(userId, MARCH, FOOD, "EUR", spent, received, count);
    }

    @Test
    void aModificationEmitsTheBucketWithTheNewAmountInsteadOfTheOld() throws Exception {
        var harness = harness(null);
        harness.processElement(food(txn("u1", "t1").amount(-1000, "EUR").posted()), 0);
        harness.processElement(food(txn("u1", "t1").version(2).amount(-1250, "EUR").posted()), 0);

        assertThat(harness.extractOutputValues()).containsExactly(march("u1", 1000, 0, 1), march("u1", 1250, 0, 1));
    }

    @Test
    void aRemovalEmitsTheBucketWithoutIt() throws Exception {
        var harness = harness(null);
        harness.processElement(food(txn("u1", "t1").amount(-1000, "EUR").posted()), 0);
        harness.processElement(food(txn("u1", "t2").amount(500, "EUR").posted()), 0);
        harness.processElement(food(txn("u1", "t1").version(2).removed()), 0);

        assertThat(harness.extractOutputValues()).last().isEqualTo(march("u1", 0, 500, 1));
    }

    @Test
    void aReplayOfTheSameVersionEmitsNothing() throws Exception {
        var harness = harness(null);
        CategorisedTransaction event = food(txn("u1", "t1").amount(-1000, "EUR").posted());
        harness.processElement(event, 0);
        harness.processElement(event, 0);

        assertThat(harness.extractOutputValues()).containsExactly(march("u1", 1000, 0, 1));
    }

    @Test
    void aPostedTransactionReplacesItsPending() throws Exception {
        var harness = harness(null);
        harness.processElement(food(txn("u1", "p1").amount(-2000, "EUR").pending()), 0);
        harness.processElement(food(txn("u1", "t1").amount(-2300, "EUR").replacing("p1").posted()), 0);

        assertThat(harness.extractOutputValues()).containsExactly(march("u1", 2000, 0, 1), march("u1", 2300, 0, 1));
    }

    @Test
    void aLatePendingAfterItsPostedIsIgnoredEvenAfterARestore() throws Exception {
        var before = harness(null);
        before.processElement(food(txn("u1", "t1").amount(-2300, "EUR").replacing("p1").posted()), 0);
        OperatorSubtaskState snapshot = before.snapshot(1, 1);
        before.close();

        var after = harness(snapshot);
        after.processElement(food(txn("u1", "p1").amount(-2000, "EUR").pending()), 0);
        after.processElement(food(txn("u1", "t2").amount(-100, "EUR").posted()), 0);

        assertThat(after.extractOutputValues()).containsExactly(march("u1", 2400, 0, 2));
    }

    @Test
    void eachUserHasTheirOwnTotals() throws Exception {
        var harness = harness(null);
        harness.processElement(food(txn("u1", "t1").amount(-1000, "EUR").posted()), 0);
        harness.processElement(food(txn("u2", "t1").amount(-700, "EUR").posted()), 0);

        assertThat(harness.extractOutputValues()).containsExactly(march("u1", 1000, 0, 1), march("u2", 700, 0, 1));
    }
}
