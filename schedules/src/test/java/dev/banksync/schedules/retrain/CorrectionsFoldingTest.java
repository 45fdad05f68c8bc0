package dev.banksync.schedules.retrain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.banksync.ml.corpus.LabelledTransaction;
import dev.banksync.ml.merchant.MerchantNormaliser;
import dev.banksync.schedules.retrain.FoldedCorrections.MerchantVerdict;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CorrectionsFoldingTest {

    private static final MerchantNormaliser NORMALISER = MerchantNormaliser.shipped();
    private static final String PIZZA = "SQ *JOES PIZZA BROOKLYN";
    private static final String PIZZA_AGAIN = "JOES PIZZA 0042 NEW YORK";
    private static final Instant T0 = Instant.parse("2026-11-01T10:00:00Z");

    private final CorrectionsFolding folding = new CorrectionsFolding(NORMALISER, 3, 0.8);

    @Test
    void aMerchantCorrectedAlikeByEnoughDistinctUsersBecomesTrainingRows() {
        FoldedCorrections result = folding.fold(List.of(
                correction("u1", PIZZA, "FOOD_AND_DRINK_RESTAURANT", 0),
                correction("u2", PIZZA_AGAIN, "FOOD_AND_DRINK", 1),
                correction("u3", PIZZA, "food_and_drink", 2)));

        String key = NORMALISER.normalise(PIZZA).merchantKey();
        assertThat(key).isNotEmpty().isEqualTo(NORMALISER.normalise(PIZZA_AGAIN).merchantKey());
        assertThat(result.folded()).extracting(MerchantVerdict::merchantKey, MerchantVerdict::category,
                MerchantVerdict::agreeingUsers).containsExactly(org.assertj.core.groups.Tuple.tuple(key,
                "FOOD_AND_DRINK", 3));
        assertThat(result.examples()).hasSize(3).allSatisfy(row -> {
            assertThat(row.category()).isEqualTo("FOOD_AND_DRINK");
            assertThat(row.style()).isEqualTo(CorrectionsFolding.STYLE_PREFIX + key);
            assertThat(row.amountMinor()).isEqualTo(-1250);
        });
        assertThat(result.examples()).extracting(LabelledTransaction::detailed)
                .containsExactlyInAnyOrder("FOOD_AND_DRINK_RESTAURANT", null, null);
    }

    @Test
    void oneUserCorrectingManyTransactionsIsOneVoteAndIsNotFolded() {
        List<Correction> corrections = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            corrections.add(correction("u1", PIZZA, "GENERAL_MERCHANDISE", i));
        }
        FoldedCorrections result = folding.fold(corrections);

        assertThat(result.examples()).isEmpty();
        assertThat(result.notFolded()).singleElement().satisfies(v -> {
            assertThat(v.users()).isEqualTo(1);
            assertThat(v.reason()).contains("3 needed");
        });
    }

    @Test
    void fewerUsersThanRequiredAreNotFolded() {
        FoldedCorrections result = folding.fold(List.of(
                correction("u1", PIZZA, "FOOD_AND_DRINK", 0), correction("u2", PIZZA, "FOOD_AND_DRINK", 1)));

        assertThat(result.examples()).isEmpty();
        assertThat(new CorrectionsFolding(NORMALISER, 2, 0.8).fold(List.of(
                correction("u1", PIZZA, "FOOD_AND_DRINK", 0), correction("u2", PIZZA, "FOOD_AND_DRINK", 1)))
                .examples()).hasSize(2);
    }

    @Test
    void conflictingUsersFoldNothingUnlessAClearMajorityAgrees() {
        List<Correction> split = new ArrayList<>();
        for (String u : List.of("a1", "a2", "a3")) {
            split.add(correction(u, PIZZA, "FOOD_AND_DRINK", 0));
        }
        for (String u : List.of("b1", "b2", "b3")) {
            split.add(correction(u, PIZZA, "GENERAL_MERCHANDISE", 0));
        }
        FoldedCorrections tie = folding.fold(split);
        assertThat(tie.examples()).isEmpty();
        assertThat(tie.notFolded()).singleElement().satisfies(v -> assertThat(v.reason()).contains("conflicting"));

        List<Correction> clear = new ArrayList<>(split.subList(0, 3));
        clear.add(correction("a4", PIZZA, "FOOD_AND_DRINK", 0));
        clear.add(correction("b1", PIZZA, "GENERAL_MERCHANDISE", 0));
        FoldedCorrections majority = folding.fold(clear);
        assertThat(majority.folded()).singleElement().satisfies(v -> {
            assertThat(v.agreeingUsers()).isEqualTo(4);
            assertThat(v.users()).isEqualTo(5);
        });
        // the dissenting user's row is not taught to the model
        assertThat(majority.examples()).hasSize(4).extracting(LabelledTransaction::category)
                .containsOnly("FOOD_AND_DRINK");
    }

    @Test
    void aUserWhoChangedTheirMindCountsWithTheirLatestCorrectionOnly() {
        FoldedCorrections result = folding.fold(List.of(
                correction("u1", PIZZA, "FOOD_AND_DRINK", 5),
                correction("u1", PIZZA, "GENERAL_MERCHANDISE", 1),
                correction("u2", PIZZA, "FOOD_AND_DRINK", 2),
                correction("u3", PIZZA, "FOOD_AND_DRINK", 3)));

        assertThat(result.folded()).singleElement().satisfies(v -> {
            assertThat(v.users()).isEqualTo(3);
            assertThat(v.agreeingUsers()).isEqualTo(3);
        });
        assertThat(result.examples()).hasSize(3);
    }

    @Test
    void settingsThatWouldLetOneUserOrAMinoritySteerAreRejected() {
        assertThatThrownBy(() -> new CorrectionsFolding(NORMALISER, 0, 0.8)).hasMessageContaining("minUsers");
        assertThatThrownBy(() -> new CorrectionsFolding(NORMALISER, 3, 0.5)).hasMessageContaining("minAgreement");
    }

    private static Correction correction(String user, String description, String category, int minutes) {
        return new Correction(user, description, -1250, "USD", null, category, T0.plusSeconds(60L * minutes));
    }
}
