package dev.banksync.ml.registry;

import dev.banksync.ml.categorise.CategoriserInput;
import dev.banksync.ml.categorise.CategoriserModel;
import dev.banksync.ml.categorise.ModelCard;
import dev.banksync.ml.train.TrainingData;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import org.tribuo.classification.sgd.linear.LinearSGDModel;

import static org.assertj.core.api.Assertions.assertThat;

/** The model a fresh clone categorises with: present, documented, and right on lines anyone can categorise. */
class DefaultModelsTest {

    @Test
    void theShippedModelLoadsWithItsProvenance() {
        CategoriserModel model = DefaultModels.categoriserModel();

        assertThat(model.card().features()).isEqualTo(ModelCard.FEATURES);
        assertThat(model.card().dataHash()).hasSize(64);
        assertThat(model.card().metrics()).containsKeys(TrainingData.HELD_OUT, TrainingData.INDEPENDENT);
        assertThat(DefaultModels.categoriser().version()).isEqualTo(model.version());
        assertThat(DefaultModels.categoriser()).isSameAs(DefaultModels.categoriser());
    }

    @Test
    void itIsALinearModelSoTheStreamGetsTheCompactScorer() {
        assertThat(DefaultModels.categoriserModel().tribuoModel()).isInstanceOf(LinearSGDModel.class);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            CARD PAYMENT TO TESCO STORES 3271 ON 12-04-2024                    | -2345    | GBP | FOOD_AND_DRINK
            SHELL OIL 57444123 HOUSTON TX                                      | -4210    | USD | TRANSPORTATION
            PAYPAL *NETFLIX.COM 4029357733 CA                                  | -1599    | USD | ENTERTAINMENT
            OVERDRAFT FEE                                                      | -3500    | USD | BANK_FEES
            ATM WITHDRAWAL 04/12 123 MAIN ST NEW YORK NY                       | -10000   | USD | TRANSFER_OUT
            SEPA-LASTSCHRIFT VODAFONE GMBH Mandatsref: 1234                    | -3999    | EUR | RENT_AND_UTILITIES
            BETAALAUTOMAAT ALBERT HEIJN 1234 AMSTERDAM                         | -2310    | EUR | FOOD_AND_DRINK
            PRELIEVO BANCOMAT MILANO                                           | -10000   | EUR | TRANSFER_OUT
            UPI/DR/412345678901/SWIGGY/YESB/swiggy.stores@axisbank/Payment     | -45000   | INR | FOOD_AND_DRINK
            NEFT CR-HDFC0000123-ACME TECHNOLOGIES PVT LTD-SALARY MARCH 2024-N1 | 8500000  | INR | INCOME
            POS 416021XXXXXX1234 APOLLO PHARMACY                               | -65000   | INR | MEDICAL
            """)
    void obviousLinesGetTheObviousCategory(String text, long amountMinor, String currency, String category) {
        assertThat(DefaultModels.categoriser().predict(CategoriserInput.of(text.trim(), amountMinor, currency))
                .category()).isEqualTo(category);
    }
}
