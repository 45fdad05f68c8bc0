package dev.banksync.ml.features;

import dev.banksync.ml.categorise.CategoriserInput;
import dev.banksync.ml.merchant.MerchantNormaliser;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class TransactionFeaturesTest {

    private static final CategoriserInput COFFEE =
            new CategoriserInput("SQ *BLUE BOTTLE #123 SAN FRANCISCO CA", -575, "USD", "5814", "US");

    private final TransactionFeatures features = new TransactionFeatures(MerchantNormaliser.shipped());

    @Test
    void sameInputGivesTheSameVectorEveryTimeAndFromEveryInstance() {
        List<String> first = snapshot(features, COFFEE);
        List<String> again = snapshot(features, COFFEE);
        List<String> fresh = snapshot(new TransactionFeatures(MerchantNormaliser.shipped()), COFFEE);

        assertThat(first).isNotEmpty().isEqualTo(again).isEqualTo(fresh);
    }

    @Test
    void vectorIsSortedWithoutRepeatsAndInsideTheHashSpace() {
        FeatureVector vector = new FeatureVector();
        features.extract(COFFEE, vector);

        for (int i = 0; i < vector.size(); i++) {
            assertThat(vector.index(i)).isBetween(0, TransactionFeatures.DIMENSION - 1);
            if (i > 0) {
                assertThat(vector.index(i)).isGreaterThan(vector.index(i - 1));
            }
        }
    }

    @Test
    void referenceNumbersAndDatesDoNotChangeTheVector() {
        var one = new CategoriserInput("CARD PAYMENT TO TESCO STORES 3271 ON 12-04-2024", -1250, "GBP", null, null);
        var other = new CategoriserInput("CARD PAYMENT TO TESCO STORES 5519 ON 03-11-2023", -1250, "GBP", null, null);

        assertThat(snapshot(features, one)).isEqualTo(snapshot(features, other));
    }

    @Test
    void directionAmountAndMccAreFeatures() {
        var out = new CategoriserInput("ACME LTD", -250_000, "GBP", null, null);
        var in = new CategoriserInput("ACME LTD", 250_000, "GBP", null, null);
        var small = new CategoriserInput("ACME LTD", -250, "GBP", null, null);
        var withMcc = new CategoriserInput("ACME LTD", -250_000, "GBP", "5812", null);

        assertThat(snapshot(features, out)).isNotEqualTo(snapshot(features, in))
                .isNotEqualTo(snapshot(features, small)).isNotEqualTo(snapshot(features, withMcc));
    }

    @Test
    void reusedVectorIsClearedBetweenExtractions() {
        FeatureVector vector = new FeatureVector();
        features.extract(new CategoriserInput("a much longer description with many many words in it", 1, "EUR",
                "5411", "DE"), vector);
        features.extract(COFFEE, vector);

        assertThat(toList(vector)).isEqualTo(snapshot(features, COFFEE));
    }

    private static List<String> snapshot(TransactionFeatures extractor, CategoriserInput input) {
        FeatureVector vector = new FeatureVector();
        extractor.extract(input, vector);
        return toList(vector);
    }

    private static List<String> toList(FeatureVector vector) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < vector.size(); i++) {
            out.add(vector.index(i) + "=" + vector.value(i));
        }
        return out;
    }
}
