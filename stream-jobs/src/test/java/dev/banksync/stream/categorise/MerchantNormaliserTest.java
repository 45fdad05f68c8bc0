package dev.banksync.stream.categorise;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MerchantNormaliserTest {

    private final MerchantNormaliser normaliser = new MerchantNormaliser();

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "SQ *BLUE BOTTLE #123 SAN FRANCISCO CA | BLUE BOTTLE | Blue Bottle",
            "TST* BLUE BOTTLE COFFEE 0042          | BLUE BOTTLE COFFEE | Blue Bottle Coffee",
            "POS 1234 TESCO STORES 3271 LONDON     | TESCO STORES | Tesco Stores",
            "AMZN Mktp US*2K4                      | AMAZON | Amazon",
            "NETFLIX.COM 866-579-7172 CA           | NETFLIX | Netflix",
            "PAYPAL *SPOTIFY                        | SPOTIFY | Spotify",
            "CARD PAYMENT TO SAINSBURYS 12/03      | SAINSBURYS | Sainsburys",
            "Uber *Trip                             | UBER | Uber"})
    void stripsProcessorsStoreNumbersAndPlaces(String text, String key, String name) {
        MerchantNormaliser.Merchant merchant = normaliser.normalise(text);

        assertThat(merchant.key()).isEqualTo(key);
        assertThat(merchant.name()).isEqualTo(name);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"SQ *BLUE BOTTLE #123 SAN FRANCISCO CA | SQ *BLUE BOTTLE #987 OAKLAND CA"})
    void twoBranchesOfOneMerchantShareTheKey(String one, String other) {
        assertThat(normaliser.normalise(one).key()).isEqualTo(normaliser.normalise(other).key());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"'   '", "12345678 9"})
    void textWithoutAMerchantHasAnEmptyKeyAndNoName(String text) {
        assertThat(normaliser.normalise(text).key()).isEmpty();
        assertThat(normaliser.normalise(text).name()).isNull();
    }
}
