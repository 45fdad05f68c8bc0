package dev.banksync.batch.reconcile;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DescriptionSimilarityTest {

    @Test
    void aBareDescriptorInsideTheFullStatementLineScoresOne() {
        assertThat(DescriptionSimilarity.score("SQ *BLUE BOTTLE", "POS 4411 SQ *BLUE BOTTLE #123 SAN FRANCISCO CA 03/14"))
                .isEqualTo(1.0);
    }

    @Test
    void differentMerchantsScoreLowAndNoiseAloneScoresNothing() {
        assertThat(DescriptionSimilarity.score("TESCO STORES 2231", "SAINSBURYS S/MKTS")).isZero();
        assertThat(DescriptionSimilarity.score("#123 03/14", "POS 1234")).as("no words of 3+ letters").isZero();
        assertThat(DescriptionSimilarity.score("AMZN Mktp US*2K4", "Amazon Marketplace")).isLessThan(0.5);
    }

    @Test
    void caseAndSpacingDoNotMatter() {
        assertThat(DescriptionSimilarity.score("Coffee  Bar", "COFFEE BAR")).isEqualTo(1.0);
        assertThat(DescriptionSimilarity.sameMerchant("Blue Bottle", "blue  bottle")).isTrue();
        assertThat(DescriptionSimilarity.sameMerchant(null, "Blue Bottle")).isFalse();
    }
}
