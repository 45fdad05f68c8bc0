package dev.banksync.batch.importer.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.banksync.core.money.Money;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AmountsTest {

    @ParameterizedTest(name = "[{0}] with ''{1}'' is {2}")
    @CsvSource(delimiter = '|', value = {
            "12.30          | . | 12.30",
            "-12.30         | . | -12.30",
            "+4.00          | . | 4.00",
            "'1,234,567.89' | . | 1234567.89",
            "'1.234.567,89' | , | 1234567.89",
            "-12,3          | , | -12.3",
            "(12.30)        | . | -12.30",
            "12.30-         | . | -12.30",
            "-$5.00         | . | -5.00",
            "$-5.00         | . | -5.00",
            "€ 7,50         | , | 7.50",
            "11'373.94      | . | 11373.94",
            "1 234,56       | , | 1234.56",
            "1\u00A0234,56  | , | 1234.56",
            ".50            | . | 0.50",
            "\u22123.00     | . | -3.00",
            "0              | . | 0",
            "'1,234'        | . | 1234",
    })
    void parsesBankAmountsExactly(String raw, char separator, String expected) {
        assertThat(Amounts.parse(raw, separator)).isEqualByComparingTo(new BigDecimal(expected));
    }

    @ParameterizedTest(name = "[{0}] with ''{1}'' is refused")
    @CsvSource(delimiter = '|', value = {
            "'1,23'        | .",
            "'1,000.00'    | ,",
            "12.3x         | .",
            "abc           | .",
            "'1,234''567'  | .",
            "12.           | .",
            "--5           | .",
            "'1.2.3'       | .",
    })
    void refusesMalformedAmountsInsteadOfGuessing(String raw, char separator) {
        assertThatThrownBy(() -> Amounts.parse(raw, separator)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(raw);
    }

    @Test
    void moneyKeepsMinorUnitsPerCurrencyAndRefusesExtraDecimals() {
        assertThat(Money.of(Amounts.parse("1,200", '.'), Money.currency("JPY")).minorUnits()).isEqualTo(1200);
        assertThat(Money.of(Amounts.parse("1.234", '.'), Money.currency("BHD")).minorUnits()).isEqualTo(1234);
        assertThat(Money.of(Amounts.parse("0.1", '.'), Money.currency("EUR")).minorUnits()).isEqualTo(10);
        assertThatThrownBy(() -> Money.of(Amounts.parse("12.345", '.'), Money.currency("USD")))
                .hasMessageContaining("does not fit USD minor units");
        assertThatThrownBy(() -> Money.of(Amounts.parse("99999999999999999999", '.'), Money.currency("USD")))
                .hasMessageContaining("does not fit USD minor units");
    }

    @Test
    void separatorDetectionFollowsTheEvidence() {
        assertThat(detect("1,000.00", "-3.50")).isEqualTo('.');
        assertThat(detect("1.234,56", "-12,3", "7,00")).isEqualTo(',');
        assertThat(detect("1.234.567", "12,30")).isEqualTo(',');
        assertThat(detect("1,000", "2,000")).as("thousands only: nothing tells").isEqualTo('.');
        assertThat(detect("", null)).isEqualTo('.');
    }

    private static char detect(String... values) {
        Amounts.SeparatorDetector detector = new Amounts.SeparatorDetector();
        for (String v : values) {
            detector.accept(v);
        }
        return detector.separator();
    }
}
