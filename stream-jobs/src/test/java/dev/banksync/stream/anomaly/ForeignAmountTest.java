package dev.banksync.stream.anomaly;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ForeignAmountTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', nullValues = "null", value = {
            "PAGO CON TARJETA MARRIOTT HOTELS 7023 463.08 USD 29/11 | EUR | USD",
            "CHECKCARD 1111 ALDI 8781 25.27 EUR                     | USD | EUR",
            "AVENUE SUPERMARTS 7126 1946.00 INR                     | EUR | INR",
            "TESCO STORES 3271 12.50 GBP                             | GBP | null",
            "REF 1234.56 ABC                                         | EUR | null",
            "SQ *BLUE BOTTLE #123 SAN FRANCISCO CA                   | USD | null"})
    void findsTheOriginalCurrencyOfAForeignPayment(String description, String account, String expected) {
        assertThat(ForeignAmount.currencyIn(description, account)).isEqualTo(expected);
    }
}
