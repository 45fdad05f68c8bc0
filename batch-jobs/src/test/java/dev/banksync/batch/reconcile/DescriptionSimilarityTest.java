package dev.banksync.batch.reconcile;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class DescriptionSimilarityTest {

    @Test
    void aBareDescriptorInsideTheFullStatementLineScoresOne() {
        String pending = "SQ *BLUE BOTTLE";
        String posted = "CHECKCARD 0314 SQ *BLUE BOTTLE #123 SAN FRANCISCO CA";

        assertThat(DescriptionSimilarity.over(List.of(pending, posted)).score(pending, posted)).isEqualTo(1.0);
    }

    @Test
    void wordsOnEveryLineOfAStatementDoNotMakeTwoMerchantsAlike() {
        List<String> statement = List.of("PAIEMENT CB 01/01 ALDI 981", "PAIEMENT CB 04/01 SEPHORA MARSEILLE",
                "PAIEMENT CB 26/12 STARBUCKS MARSEILLE", "PAIEMENT CB 27/12 LE PETIT BISTROT MARSEILLE",
                "PAIEMENT CB 29/12 RATP MARSEILLE", "SEPHORA MARSEILLE");
        DescriptionSimilarity similarity = DescriptionSimilarity.over(statement);

        assertThat(similarity.score("PAIEMENT CB 01/01 ALDI 981", "PAIEMENT CB 04/01 SEPHORA MARSEILLE"))
                .as("only 'how the money moved' in common").isZero();
        assertThat(similarity.score("PAIEMENT CB 26/12 STARBUCKS MARSEILLE", "PAIEMENT CB 29/12 RATP MARSEILLE"))
                .as("only the user's city in common").isLessThan(0.5);
        assertThat(similarity.score("SEPHORA MARSEILLE", "PAIEMENT CB 04/01 SEPHORA MARSEILLE")).isEqualTo(1.0);
    }

    @Test
    void noiseAloneScoresNothingAndCaseAndSpacingDoNotMatter() {
        DescriptionSimilarity similarity = DescriptionSimilarity.over(List.of("#123 03/14", "POS 1234",
                "Coffee  Bar", "COFFEE BAR"));

        assertThat(similarity.score("#123 03/14", "POS 1234")).isZero();
        assertThat(similarity.score("Coffee  Bar", "COFFEE BAR")).isEqualTo(1.0);
        assertThat(DescriptionSimilarity.sameMerchant("Blue Bottle", "blue  bottle")).isTrue();
        assertThat(DescriptionSimilarity.sameMerchant(null, "Blue Bottle")).isFalse();
        assertThat(DescriptionSimilarity.differentMerchants("Aldi", "Sephora")).isTrue();
        assertThat(DescriptionSimilarity.differentMerchants(null, "Sephora")).isFalse();
    }
}
