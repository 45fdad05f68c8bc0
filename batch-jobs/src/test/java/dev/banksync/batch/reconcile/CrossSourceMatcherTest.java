package dev.banksync.batch.reconcile;

import static org.assertj.core.api.Assertions.assertThat;

import dev.banksync.batch.reconcile.CrossSourceMatcher.Candidate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CrossSourceMatcherTest {

    @Test
    void kIdenticalPurchasesInEachSourcePairOneToOne() {
        List<Candidate> candidates = List.of(
                new Candidate(0, "api-1", 0, "COFFEE BAR", "SQ *COFFEE BAR"),
                new Candidate(0, "api-2", 0, "COFFEE BAR", "SQ *COFFEE BAR"),
                new Candidate(1, "api-1", 0, "COFFEE BAR", "SQ *COFFEE BAR"),
                new Candidate(1, "api-2", 0, "COFFEE BAR", "SQ *COFFEE BAR"));

        Map<Integer, String> matched = CrossSourceMatcher.match(candidates);

        assertThat(matched).containsOnlyKeys(0, 1);
        assertThat(matched.values()).containsExactlyInAnyOrder("api-1", "api-2");
    }

    @Test
    void theSameDayBeatsTheNextDayAndThenTheCloserDescriptionDecides() {
        List<Candidate> candidates = List.of(
                new Candidate(0, "next-day", 1, "RENT MARCH", "RENT MARCH"),
                new Candidate(0, "same-day", 0, "RENT MARCH", "STANDING ORDER LANDLORD"),
                new Candidate(1, "grocer", 0, "TESCO STORES", "TESCO STORES 2231"),
                new Candidate(1, "pharmacy", 0, "TESCO STORES", "BOOTS PHARMACY"));

        assertThat(CrossSourceMatcher.match(candidates)).isEqualTo(Map.of(0, "same-day", 1, "grocer"));
    }
}
