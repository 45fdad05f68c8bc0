package dev.banksync.stream.budget;

import static org.assertj.core.api.Assertions.assertThat;

import dev.banksync.core.event.AlertEvent;
import dev.banksync.core.event.AlertEvent.AlertKind;
import dev.banksync.stream.FlinkHarnesses;
import dev.banksync.stream.reference.BudgetRow;
import dev.banksync.stream.reference.ReferenceData;
import dev.banksync.stream.reference.ReferenceState;
import dev.banksync.stream.spending.SpendingChange;
import dev.banksync.stream.spending.SpendingRow;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.apache.flink.streaming.runtime.streamrecord.StreamRecord;
import org.junit.jupiter.api.Test;

class BudgetFunctionTest {

    private static final LocalDate MARCH = LocalDate.of(2026, 3, 1);

    private static SpendingChange spent(String user, long amount) {
        return new SpendingChange(new SpendingRow(user, MARCH, "FOOD_AND_DRINK", "EUR", amount, 0, 1),
                Instant.parse("2026-03-20T10:00:00Z"));
    }

    private static ReferenceData budgets(long loadedAt, BudgetRow... rows) {
        return new ReferenceData(List.of(), List.of(), List.of(rows), loadedAt);
    }

    private static BudgetRow food(String user, long id, long limit) {
        return new BudgetRow(id, user, "FOOD_AND_DRINK", "EUR", limit, LocalDate.of(2026, 1, 1), null);
    }

    @Test
    void aBudgetAddedWhileRunningIsAppliedToEveryUsersSpendingAtOnce() throws Exception {
        var harness = FlinkHarnesses.keyedBroadcast(
                new BudgetFunction(() -> budgets(1), Duration.ofDays(400)), c -> c.row().userId(),
                ReferenceState.DESCRIPTOR);
        harness.processElement(spent("u1", 9_000), 0);
        harness.processElement(spent("u2", 3_000), 0);
        assertThat(harness.extractOutputValues()).isEmpty();

        harness.processBroadcastElement(budgets(2, food("u1", 1, 10_000), food("u2", 2, 10_000)), 0);
        harness.processBroadcastElement(budgets(3, food("u1", 1, 10_000), food("u2", 2, 10_000)), 0); // unchanged
        harness.processElement(spent("u2", 8_500), 0);

        assertThat(harness.extractOutputValues()).extracting(BudgetStatusRow::userId, BudgetStatusRow::status)
                .containsExactlyInAnyOrder(org.assertj.core.api.Assertions.tuple("u1", "WARNING"),
                        org.assertj.core.api.Assertions.tuple("u2", "OK"),
                        org.assertj.core.api.Assertions.tuple("u2", "WARNING"));
        assertThat(harness.getSideOutput(BudgetFunction.ALERTS)).extracting(StreamRecord::getValue)
                .extracting(AlertEvent::userId, AlertEvent::kind)
                .containsExactlyInAnyOrder(org.assertj.core.api.Assertions.tuple("u1", AlertKind.BUDGET_80_PERCENT),
                        org.assertj.core.api.Assertions.tuple("u2", AlertKind.BUDGET_80_PERCENT));
    }

    @Test
    void theBudgetsLoadedOnOpenApplyToTheFirstChangeAndAReplayDoesNotAlertAgain() throws Exception {
        var harness = FlinkHarnesses.keyedBroadcast(
                new BudgetFunction(() -> budgets(1, food("u1", 1, 10_000)), Duration.ofDays(400)),
                c -> c.row().userId(), ReferenceState.DESCRIPTOR);
        harness.processElement(spent("u1", 10_500), 0);
        harness.processElement(spent("u1", 10_500), 0);

        assertThat(harness.getSideOutput(BudgetFunction.ALERTS)).hasSize(2);
        assertThat(harness.extractOutputValues()).hasSize(1);
    }
}
