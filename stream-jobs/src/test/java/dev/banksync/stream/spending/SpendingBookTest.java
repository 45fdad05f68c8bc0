package dev.banksync.stream.spending;

import static dev.banksync.stream.TestEvents.txn;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class SpendingBookTest {

    private static final String FOOD = "FOOD_AND_DRINK";
    private static final String TRAVEL = "TRAVEL";
    private static final LocalDate MARCH = LocalDate.of(2026, 3, 1);
    private static final LocalDate APRIL = LocalDate.of(2026, 4, 1);

    private final MapSpendingState state = new MapSpendingState();
    private final SpendingBook book = new SpendingBook(state);

    @Test
    void outflowsAddToSpentAndInflowsToReceivedInTheBookingMonth() {
        book.apply(txn("u1", "t1").on("2026-03-03").amount(-1250, "EUR").posted(), FOOD);
        book.apply(txn("u1", "t2").on("2026-03-31").amount(-300, "EUR").posted(), FOOD);
        var rows = book.apply(txn("u1", "t3").on("2026-03-15").amount(200, "EUR").posted(), FOOD);

        assertThat(rows).containsExactly(new SpendingRow("u1", MARCH, FOOD, "EUR", 1250 + 300, 200, 3));
    }

    @Test
    void currenciesAndMonthsAreSeparateBuckets() {
        book.apply(txn("u1", "t1").on("2026-03-03").amount(-1000, "EUR").posted(), FOOD);
        book.apply(txn("u1", "t2").on("2026-03-03").amount(-700, "GBP").posted(), FOOD);
        book.apply(txn("u1", "t3").on("2026-04-01").amount(-50, "EUR").posted(), FOOD);

        assertThat(state.buckets).containsOnlyKeys(
                new Bucket(MARCH, FOOD, "EUR"), new Bucket(MARCH, FOOD, "GBP"), new Bucket(APRIL, FOOD, "EUR"));
    }

    @Test
    void aModificationReplacesTheOldContributionEvenAcrossBuckets() {
        book.apply(txn("u1", "t1").on("2026-03-03").amount(-1000, "EUR").posted(), FOOD);
        book.apply(txn("u1", "t2").on("2026-03-05").amount(-400, "EUR").posted(), FOOD);

        var rows = book.apply(txn("u1", "t1").version(2).on("2026-04-02").amount(-1100, "EUR").posted(), TRAVEL);

        assertThat(rows).containsExactly(
                new SpendingRow("u1", MARCH, FOOD, "EUR", 400, 0, 1),
                new SpendingRow("u1", APRIL, TRAVEL, "EUR", 1100, 0, 1));
    }

    @Test
    void aRemovalSubtractsAndAnEmptiedBucketIsReportedAsZeros() {
        book.apply(txn("u1", "t1").amount(-1000, "EUR").posted(), FOOD);

        var rows = book.apply(txn("u1", "t1").version(2).removed(), null);

        assertThat(rows).containsExactly(new SpendingRow("u1", MARCH, FOOD, "EUR", 0, 0, 0));
        assertThat(state.buckets).isEmpty();
    }

    @Test
    void aReplayedOrOlderVersionChangesNothing() {
        book.apply(txn("u1", "t1").version(1).amount(-1000, "EUR").posted(), FOOD);
        book.apply(txn("u1", "t1").version(2).amount(-1500, "EUR").posted(), FOOD);

        assertThat(book.apply(txn("u1", "t1").version(2).amount(-1500, "EUR").posted(), FOOD)).isEmpty();
        assertThat(book.apply(txn("u1", "t1").version(1).amount(-1000, "EUR").posted(), FOOD)).isEmpty();
        assertThat(state.buckets.get(new Bucket(MARCH, FOOD, "EUR"))).isEqualTo(new BucketTotals(1500, 0, 1));
    }

    @Test
    void aPostedTransactionReplacesItsPendingOnceEvenWithAnotherAmountAndMonth() {
        book.apply(txn("u1", "p1").on("2026-03-31").amount(-2000, "EUR").pending(), FOOD);

        var rows = book.apply(txn("u1", "t1").on("2026-04-01").amount(-2300, "EUR").replacing("p1").posted(), FOOD);

        assertThat(rows).containsExactly(
                new SpendingRow("u1", APRIL, FOOD, "EUR", 2300, 0, 1),
                new SpendingRow("u1", MARCH, FOOD, "EUR", 0, 0, 0));
    }

    @Test
    void aPendingArrivingAfterItsPostedReplacementNeverCounts() {
        book.apply(txn("u1", "t1").amount(-2300, "EUR").replacing("p1").posted(), FOOD);

        assertThat(book.apply(txn("u1", "p1").amount(-2000, "EUR").pending(), FOOD)).isEmpty();
        assertThat(book.apply(txn("u1", "p1").version(2).amount(-2100, "EUR").pending(), FOOD)).isEmpty();
        assertThat(state.buckets).containsExactly(
                java.util.Map.entry(new Bucket(MARCH, FOOD, "EUR"), new BucketTotals(2300, 0, 1)));
    }

    @Test
    void removingThePostedTransactionDoesNotBringItsPendingBack() {
        book.apply(txn("u1", "p1").amount(-2000, "EUR").pending(), FOOD);
        book.apply(txn("u1", "t1").amount(-2300, "EUR").replacing("p1").posted(), FOOD);

        var rows = book.apply(txn("u1", "t1").version(2).removed(), null);

        assertThat(rows).containsExactly(new SpendingRow("u1", MARCH, FOOD, "EUR", 0, 0, 0));
    }

    @Test
    void anUpsertOlderThanAnEarlierRemovalStaysRemoved() {
        book.apply(txn("u1", "t1").version(3).removed(), null);

        assertThat(book.apply(txn("u1", "t1").version(2).amount(-100, "EUR").posted(), FOOD)).isEmpty();
        assertThat(state.buckets).isEmpty();
    }

    @Test
    void anUpsertWithoutCategoryIsRefusedWithTheTransactionNamed() {
        assertThatThrownBy(() -> book.apply(txn("u1", "t9").posted(), null))
                .isInstanceOf(NullPointerException.class)
                .hasMessageContaining("t9");
    }
}
