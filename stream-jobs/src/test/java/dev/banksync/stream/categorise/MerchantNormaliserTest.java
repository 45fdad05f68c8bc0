package dev.banksync.stream.categorise;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The stream's view of ml-models' normaliser: a stable key and a display name, empty when there is no merchant. */
class MerchantNormaliserTest {

    private final MerchantNormaliser normaliser = new MerchantNormaliser();

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "SQ *BLUE BOTTLE #123 SAN FRANCISCO CA | BLUE BOTTLE | Blue Bottle",
            "TST* BLUE BOTTLE COFFEE 0042          | BLUE BOTTLE | Blue Bottle",
            "POS 1234 TESCO STORES 3271 LONDON     | TESCO | Tesco",
            "AMZN Mktp US*2K4                      | AMAZON | Amazon",
            "NETFLIX.COM 866-579-7172 CA           | NETFLIX | Netflix"})
    void givesOneKeyPerMerchantWhateverTheNoise(String text, String key, String name) {
        MerchantNormaliser.Merchant merchant = normaliser.normalise(text);

        assertThat(merchant.key()).isEqualTo(key);
        assertThat(merchant.name()).isEqualTo(name);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"'   '", "12345678 9"})
    void textWithoutAMerchantHasAnEmptyKeyAndNoName(String text) {
        assertThat(normaliser.normalise(text).key()).isEmpty();
        assertThat(normaliser.normalise(text).name()).isNull();
    }
}
