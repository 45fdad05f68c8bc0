package dev.banksync.batch.reconcile;

import static org.assertj.core.api.Assertions.assertThat;

import dev.banksync.batch.reconcile.PendingMatcher.Candidate;
import dev.banksync.batch.reconcile.PendingMatcher.Pending;
import dev.banksync.batch.reconcile.PendingMatcher.Posted;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PendingMatcherTest {

    private static final LocalDate MON = LocalDate.of(2026, 3, 2);
    private final PendingMatcher matcher = new PendingMatcher(MatchPolicy.DEFAULT);

    @Test
    void aTippedRestaurantBillSettlesItsPendingDaysLater() {
        Posted posted = new Posted(0, MON.plusDays(2), MON, -5750, "POS 1234 THE GOOD PLATE NEW YORK NY", null);
        Pending pending = new Pending("p1", MON, -5000, "THE GOOD PLATE", null);

        assertThat(matcher.match(List.of(new Candidate(posted, pending)))).isEqualTo(Map.of(0, "p1"));
    }

    @Test
    void aFuelHoldOfOneDollarSettlesAtTheRealAmountWhenTheMerchantAgrees() {
        Posted posted = new Posted(0, MON.plusDays(1), MON, -4512, "SHELL OIL 5744", "Shell");
        Pending hold = new Pending("p1", MON, -100, "SHELL OIL 5744", "Shell");
        Pending otherHold = new Pending("p2", MON, -100, "CHEVRON 0091", "Chevron");

        assertThat(matcher.match(List.of(new Candidate(posted, hold), new Candidate(posted, otherHold))))
                .isEqualTo(Map.of(0, "p1"));
    }

    @Test
    void implausiblePairsAreNotMatched() {
        Posted posted = new Posted(0, MON.plusDays(1), null, -5000, "THE GOOD PLATE", null);

        assertThat(matcher.score(posted, new Pending("far", MON.minusDays(20), -5000, "THE GOOD PLATE", null)))
                .as("outside the date window").isEmpty();
        assertThat(matcher.score(posted, new Pending("big", MON, -9000, "THE GOOD PLATE", null)))
                .as("amount off by 80 %").isEmpty();
        assertThat(matcher.score(posted, new Pending("refund", MON, 5000, "THE GOOD PLATE", null)))
                .as("money in cannot settle money out").isEmpty();
        assertThat(matcher.score(posted, new Pending("other", MON, -5000, "CITY PARKING", null)))
                .as("another merchant").isEmpty();
        assertThat(matcher.score(posted, new Pending("later", MON.plusDays(4), -5000, "THE GOOD PLATE", null)))
                .as("a pending booked after its settlement").isEmpty();
    }

    @Test
    void twoIdenticalCoffeesClaimTwoPendingsNeverOneTwice() {
        Posted first = new Posted(0, MON.plusDays(1), MON, -450, "BLUE BOTTLE COFFEE", null);
        Posted second = new Posted(1, MON.plusDays(1), MON, -450, "BLUE BOTTLE COFFEE", null);
        Pending a = new Pending("pa", MON, -450, "BLUE BOTTLE COFFEE", null);
        Pending b = new Pending("pb", MON, -450, "BLUE BOTTLE COFFEE", null);

        Map<Integer, String> matched = matcher.match(List.of(new Candidate(first, a), new Candidate(first, b),
                new Candidate(second, a), new Candidate(second, b)));

        assertThat(matched).containsOnlyKeys(0, 1);
        assertThat(matched.values()).containsExactlyInAnyOrder("pa", "pb");
    }

    @Test
    void theCloserAmountAndDateWinWhenTwoPendingsCompete() {
        Posted posted = new Posted(0, MON.plusDays(2), MON.plusDays(1), -2200, "CITY CAB CO", null);
        Pending exact = new Pending("exact", MON.plusDays(1), -2200, "CITY CAB CO", null);
        Pending older = new Pending("older", MON.minusDays(3), -2000, "CITY CAB CO", null);

        assertThat(matcher.match(List.of(new Candidate(posted, older), new Candidate(posted, exact))))
                .isEqualTo(Map.of(0, "exact"));
    }
}
