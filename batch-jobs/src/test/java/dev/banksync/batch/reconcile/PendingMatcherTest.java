package dev.banksync.batch.reconcile;

import static org.assertj.core.api.Assertions.assertThat;

import dev.banksync.batch.reconcile.PendingMatcher.Candidate;
import dev.banksync.batch.reconcile.PendingMatcher.Pending;
import dev.banksync.batch.reconcile.PendingMatcher.Posted;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class PendingMatcherTest {

    private static final LocalDate MON = LocalDate.of(2026, 3, 2);
    private final PendingMatcher matcher = new PendingMatcher(MatchPolicy.DEFAULT);

    @Test
    void aTippedRestaurantBillSettlesItsPendingDaysLater() {
        Posted posted = new Posted(MON.plusDays(2), MON, -5750, "POS 1234 THE GOOD PLATE NEW YORK NY", null);
        Pending pending = new Pending(MON, -5000, "THE GOOD PLATE", null);

        assertThat(matcher.match(List.of(new Candidate(0, "p1", posted, pending)))).isEqualTo(Map.of(0, "p1"));
    }

    @Test
    void aFuelHoldOfOneDollarSettlesAtTheRealAmountWhenTheMerchantAgrees() {
        Posted posted = new Posted(MON.plusDays(1), MON, -4512, "SHELL OIL 5744", "Shell");
        Pending hold = new Pending(MON, -100, "SHELL OIL 5744", "Shell");
        Pending otherHold = new Pending(MON, -100, "CHEVRON 0091", "Chevron");

        assertThat(matcher.match(List.of(new Candidate(0, "p1", posted, hold), new Candidate(0, "p2", posted, otherHold))))
                .isEqualTo(Map.of(0, "p1"));
    }

    @Test
    void twoKnownMerchantsThatDifferAreNeverAPair() {
        Posted aldi = new Posted(MON.plusDays(4), MON, -3280, "PAIEMENT CB 01/01 ALDI 981", "Aldi");
        Pending sephora = new Pending(MON, -3116, "PAIEMENT CB 04/01 ALDI SEPHORA", "Sephora");

        assertThat(matcher.match(List.of(new Candidate(0, "p1", aldi, sephora)))).isEmpty();
    }

    @Test
    void implausiblePairsAreNotMatched() {
        Posted posted = new Posted(MON.plusDays(1), null, -5000, "THE GOOD PLATE", null);
        DescriptionSimilarity similarity = DescriptionSimilarity.over(List.of("THE GOOD PLATE", "CITY PARKING"));

        assertThat(matcher.score(posted, new Pending(MON.minusDays(20), -5000, "THE GOOD PLATE", null), similarity))
                .as("outside the date window").isEmpty();
        assertThat(matcher.score(posted, new Pending(MON, -9000, "THE GOOD PLATE", null), similarity))
                .as("amount off by 80 %").isEmpty();
        assertThat(matcher.score(posted, new Pending(MON, 5000, "THE GOOD PLATE", null), similarity))
                .as("money in cannot settle money out").isEmpty();
        assertThat(matcher.score(posted, new Pending(MON, -5000, "CITY PARKING", null), similarity))
                .as("another merchant").isEmpty();
        assertThat(matcher.score(posted, new Pending(MON.plusDays(2), -5000, "THE GOOD PLATE", null), similarity))
                .as("a pending authorised after its settlement was booked").isEmpty();
        Posted authorisedMonday = new Posted(MON.plusDays(5), MON, -5000, "THE GOOD PLATE", null);
        assertThat(matcher.score(authorisedMonday, new Pending(MON.plusDays(3), -5000, "THE GOOD PLATE", null),
                similarity)).as("the posting says it was authorised days before this pending").isEmpty();
    }

    @Test
    void twoIdenticalCoffeesClaimTwoPendingsNeverOneTwice() {
        Posted coffee = new Posted(MON.plusDays(1), MON, -450, "BLUE BOTTLE COFFEE", null);
        Pending pending = new Pending(MON, -450, "BLUE BOTTLE COFFEE", null);

        Map<Integer, String> matched = matcher.match(List.of(new Candidate(0, "pa", coffee, pending),
                new Candidate(0, "pb", coffee, pending), new Candidate(1, "pa", coffee, pending),
                new Candidate(1, "pb", coffee, pending), new Candidate(2, "pa", coffee, pending)));

        assertThat(matched).containsOnlyKeys(0, 1);
        assertThat(matched.values()).containsExactlyInAnyOrder("pa", "pb");
    }

    @Test
    void theCloserAmountAndDateWinWhenTwoPendingsCompete() {
        Posted posted = new Posted(MON.plusDays(2), MON.plusDays(1), -2200, "CITY CAB CO", null);
        Pending exact = new Pending(MON.plusDays(1), -2200, "CITY CAB CO", null);
        Pending older = new Pending(MON, -2000, "CITY CAB CO", null);

        assertThat(matcher.match(List.of(new Candidate(0, "older", posted, older),
                new Candidate(0, "exact", posted, exact)))).isEqualTo(Map.of(0, "exact"));
    }

    @Test
    void aPlausiblePairPassesEveryTestButTheDescriptions() {
        Posted posted = new Posted(MON.plusDays(1), null, -5000, "POS 981 SOMETHING", null);
        DescriptionSimilarity similarity = DescriptionSimilarity.over(List.of("POS 981 SOMETHING", "THE GOOD PLATE"));
        Pending unlikeDescription = new Pending(MON, -5000, "THE GOOD PLATE", null);

        assertThat(matcher.plausible(posted, unlikeDescription)).isTrue();
        assertThat(matcher.score(posted, unlikeDescription, similarity)).as("the descriptions differ").isEmpty();
        assertThat(matcher.plausible(posted, new Pending(MON.minusDays(20), -5000, "X", null))).as("dates").isFalse();
        assertThat(matcher.plausible(posted, new Pending(MON, -9000, "X", null))).as("amount").isFalse();
        assertThat(matcher.plausible(posted, new Pending(MON, -100, "X", null))).as("a hold, any amount").isTrue();
        assertThat(matcher.plausible(new Posted(MON.plusDays(1), null, -5000, "X", "Shell"),
                new Pending(MON, -5000, "X", "Chevron"))).as("known merchants that differ").isFalse();
    }

    /**
     * What lets the engine leave postings without a plausible pending out of the matching (PlainInserts): the
     * pairs found are the same with or without them, although their words would otherwise weigh in.
     */
    @Test
    void postingsWithoutAPlausiblePendingChangeNoPairOfTheOthers() {
        String[] words = {"THE", "GOOD", "PLATE", "CITY", "CAB", "POS", "SHELL", "OIL", "BLUE", "BOTTLE", "1234"};
        SplittableRandom random = new SplittableRandom(42);
        int batchesWithImplausiblePostings = 0;
        for (int batch = 0; batch < 500; batch++) {
            List<Pending> pendings = new ArrayList<>();
            for (int p = 0; p < 1 + random.nextInt(4); p++) {
                pendings.add(new Pending(MON.plusDays(random.nextInt(4)), -(50 + random.nextInt(6000)),
                        description(words, random), null));
            }
            List<Candidate> candidates = new ArrayList<>();
            for (int seq = 0; seq < 2 + random.nextInt(8); seq++) {
                Posted posted = new Posted(MON.plusDays(random.nextInt(12)), null, -(50 + random.nextInt(6000)),
                        description(words, random), null);
                for (int p = 0; p < pendings.size(); p++) {
                    candidates.add(new Candidate(seq, "p" + p, posted, pendings.get(p)));
                }
            }
            Set<Integer> couldSettle = candidates.stream().filter(c -> matcher.plausible(c.posted(), c.pending()))
                    .map(Candidate::seq).collect(Collectors.toSet());
            List<Candidate> withoutTheOthers = candidates.stream().filter(c -> couldSettle.contains(c.seq())).toList();
            if (withoutTheOthers.size() < candidates.size()) {
                batchesWithImplausiblePostings++;
            }

            assertThat(matcher.match(withoutTheOthers)).as("batch %d", batch).isEqualTo(matcher.match(candidates));
        }
        assertThat(batchesWithImplausiblePostings).isGreaterThan(250);
    }

    private static String description(String[] words, SplittableRandom random) {
        StringBuilder description = new StringBuilder(words[random.nextInt(words.length)]);
        for (int i = 0; i < 1 + random.nextInt(3); i++) {
            description.append(' ').append(words[random.nextInt(words.length)]);
        }
        return description.toString();
    }
}
