package dev.banksync.stream.budget;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.banksync.core.event.AlertEvent;
import dev.banksync.core.event.AlertEvent.AlertKind;
import dev.banksync.stream.reference.BudgetRow;
import dev.banksync.stream.spending.SpendingRow;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class BudgetTrackerTest {

    private static final LocalDate MARCH = LocalDate.of(2026, 3, 1);
    private static final Instant AT = Instant.parse("2026-03-20T10:00:00Z");
    private static final BudgetRow FOOD_200 =
            new BudgetRow(7, "u1", "FOOD_AND_DRINK", "EUR", 20_000, LocalDate.of(2026, 1, 1), null);

    private final BudgetTracker tracker = new BudgetTracker();
    private final MapBudgetState state = new MapBudgetState();

    private BudgetTracker.Changes spend(String category, long spent, List<BudgetRow> budgets) {
        return tracker.onSpending(new SpendingRow("u1", MARCH, category, "EUR", spent, 0, 1), AT, budgets, state);
    }

    @Test
    void eightyAndHundredPercentEachAlertOnceAndTheStatusFollowsTheSpend() {
        BudgetTracker.Changes at50 = spend("FOOD_AND_DRINK", 10_000, List.of(FOOD_200));
        BudgetTracker.Changes at85 = spend("FOOD_AND_DRINK", 17_000, List.of(FOOD_200));
        BudgetTracker.Changes at90 = spend("FOOD_AND_DRINK", 18_000, List.of(FOOD_200));
        BudgetTracker.Changes at120 = spend("FOOD_AND_DRINK", 24_000, List.of(FOOD_200));

        assertThat(at50.alerts()).isEmpty();
        assertThat(at50.rows()).singleElement().extracting(BudgetStatusRow::status, BudgetStatusRow::usedBasisPoints)
                .containsExactly("OK", 5_000L);
        assertThat(at85.alerts()).extracting(AlertEvent::kind).containsExactly(AlertKind.BUDGET_80_PERCENT);
        assertThat(at85.alerts().get(0).reason()).contains("170.00 EUR of 200.00 EUR").contains("March 2026");
        assertThat(at90.alerts()).isEmpty();
        assertThat(at120.alerts()).extracting(AlertEvent::kind).containsExactly(AlertKind.BUDGET_100_PERCENT);
        assertThat(at120.rows()).singleElement()
                .extracting(BudgetStatusRow::status, BudgetStatusRow::alerted80, BudgetStatusRow::alerted100)
                .containsExactly("EXCEEDED", true, true);
    }

    @Test
    void aModificationBelowAndBackAboveDoesNotAlertAgain() {
        spend("FOOD_AND_DRINK", 17_000, List.of(FOOD_200));
        spend("FOOD_AND_DRINK", 5_000, List.of(FOOD_200));
        BudgetTracker.Changes again = spend("FOOD_AND_DRINK", 17_500, List.of(FOOD_200));

        assertThat(again.alerts()).isEmpty();
        assertThat(again.rows()).singleElement().extracting(BudgetStatusRow::status).isEqualTo("WARNING");
    }

    @Test
    void aRemovalThatEmptiesTheMonthThenABudgetEditThenTheRestoreDoesNotAlertAgain() {
        BudgetTracker.Changes first = spend("FOOD_AND_DRINK", 18_000, List.of(FOOD_200));
        spend("FOOD_AND_DRINK", 0, List.of(FOOD_200)); // the transaction removed: no spending left in March
        tracker.onBudgets("u1", List.of(FOOD_200, new BudgetRow(9, "u1", "TRAVEL", "EUR", 50_000,
                LocalDate.of(2026, 1, 1), null)), AT, state); // any budget edit re-evaluates the user
        BudgetTracker.Changes restored = spend("FOOD_AND_DRINK", 18_000, List.of(FOOD_200));

        assertThat(first.alerts()).extracting(AlertEvent::kind).containsExactly(AlertKind.BUDGET_80_PERCENT);
        assertThat(restored.alerts()).isEmpty();
    }

    @Test
    void aNewBudgetOverMonthsLongPastGivesTheirStatusWithoutAlerting() {
        for (int back = 1; back <= 6; back++) {
            tracker.onSpending(new SpendingRow("u1", MARCH.minusMonths(back), "FOOD_AND_DRINK", "EUR", 30_000, 0, 1),
                    AT, List.of(), state);
        }
        BudgetRow always = new BudgetRow(8, "u1", "FOOD_AND_DRINK", "EUR", 20_000, LocalDate.of(2000, 1, 1), null);

        BudgetTracker.Changes created = tracker.onBudgets("u1", List.of(always), AT, state);

        assertThat(created.alerts()).isEmpty();
        assertThat(created.rows()).hasSize(6).allSatisfy(r -> assertThat(r.status()).isEqualTo("EXCEEDED"));
    }

    @Test
    void theMonthBeforeStillAlertsInTheFirstDaysOfANewOneAndNotAfter() {
        LocalDate february = MARCH.minusMonths(1);
        BudgetTracker.Changes onThe3rd = tracker.onSpending(new SpendingRow("u1", february, "FOOD_AND_DRINK", "EUR",
                17_000, 0, 1), Instant.parse("2026-03-03T09:00:00Z"), List.of(FOOD_200), state);
        BudgetTracker.Changes onThe9th = tracker.onSpending(new SpendingRow("u1", february, "FOOD_AND_DRINK", "EUR",
                21_000, 0, 2), Instant.parse("2026-03-09T09:00:00Z"), List.of(FOOD_200), state);

        assertThat(onThe3rd.alerts()).extracting(AlertEvent::kind).containsExactly(AlertKind.BUDGET_80_PERCENT);
        assertThat(onThe9th.alerts()).isEmpty();
        assertThat(onThe9th.rows()).singleElement().extracting(BudgetStatusRow::status).isEqualTo("EXCEEDED");
    }

    @Test
    void jumpingPastBothThresholdsFiresBothAndAPrimaryBudgetCoversDetailedCategories() {
        spend("FOOD_AND_DRINK_COFFEE", 9_000, List.of(FOOD_200));
        BudgetTracker.Changes changes = spend("FOOD_AND_DRINK_GROCERIES", 12_000, List.of(FOOD_200));

        assertThat(changes.alerts()).extracting(AlertEvent::kind, AlertEvent::amountMinor).containsExactly(
                tuple(AlertKind.BUDGET_80_PERCENT, 21_000L), tuple(AlertKind.BUDGET_100_PERCENT, 21_000L));
    }

    @Test
    void otherCurrenciesCategoriesAndMonthsOutsideTheBudgetDoNotCount() {
        BudgetRow fromApril = new BudgetRow(8, "u1", "FOOD_AND_DRINK", "EUR", 100, LocalDate.of(2026, 4, 1), null);
        tracker.onSpending(new SpendingRow("u1", MARCH, "FOOD_AND_DRINK", "GBP", 99_000, 0, 1), AT,
                List.of(FOOD_200), state);
        spend("TRAVEL", 99_000, List.of(FOOD_200));

        assertThat(spend("FOOD_AND_DRINK", 1_000, List.of(FOOD_200, fromApril)).rows()).singleElement()
                .extracting(BudgetStatusRow::budgetId, BudgetStatusRow::spentMinor).containsExactly(7L, 1_000L);
    }

    @Test
    void aNewBudgetIsEvaluatedAtOnceAndADeletedOnesRowsAreDeleted() {
        spend("FOOD_AND_DRINK", 17_000, List.of());
        BudgetTracker.Changes added = tracker.onBudgets("u1", List.of(FOOD_200), AT, state);
        BudgetTracker.Changes unchanged = tracker.onBudgets("u1", List.of(FOOD_200), AT, state);
        BudgetTracker.Changes deleted = tracker.onBudgets("u1", List.of(), AT, state);

        assertThat(added.alerts()).extracting(AlertEvent::kind).containsExactly(AlertKind.BUDGET_80_PERCENT);
        assertThat(unchanged.rows()).isEmpty();
        assertThat(unchanged.alerts()).isEmpty();
        assertThat(deleted.rows()).singleElement().extracting(BudgetStatusRow::active).isEqualTo(false);
    }
}
