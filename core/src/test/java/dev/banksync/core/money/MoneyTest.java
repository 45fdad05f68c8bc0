package dev.banksync.core.money;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class MoneyTest {

    @Test
    void parsesDecimalsExactlyIntoMinorUnits() {
        assertThat(Money.parse("-12.30", "EUR").minorUnits()).isEqualTo(-1230);
        assertThat(Money.parse("0.1", "USD").minorUnits()).isEqualTo(10);
        assertThat(Money.parse("1500", "JPY").minorUnits()).isEqualTo(1500);
        assertThat(Money.parse("1.234", "BHD").minorUnits()).isEqualTo(1234);
        assertThat(Money.parse("99999999999.99", "INR").minorUnits()).isEqualTo(9_999_999_999_999L);
    }

    @Test
    void refusesMoreDecimalsThanTheCurrencyHas() {
        assertThatThrownBy(() -> Money.parse("1.005", "USD")).hasMessageContaining("USD");
        assertThatThrownBy(() -> Money.parse("1.5", "JPY")).hasMessageContaining("JPY");
    }

    @Test
    void namesBadInput() {
        assertThatThrownBy(() -> Money.parse("12,30", "EUR")).hasMessageContaining("12,30");
        assertThatThrownBy(() -> Money.parse("1", "EURO")).hasMessageContaining("EURO");
        assertThatThrownBy(() -> Money.parse("1", " ")).hasMessageContaining("missing");
    }

    @Test
    void arithmeticStaysInOneCurrency() {
        Money a = Money.ofMinor(-575, "usd");
        assertThat(a.plus(Money.ofMinor(100, "USD"))).isEqualTo(Money.ofMinor(-475, "USD"));
        assertThat(a.negate().isOutflow()).isFalse();
        assertThat(a.toString()).isEqualTo("-5.75 USD");
        assertThatThrownBy(() -> a.plus(Money.ofMinor(1, "EUR"))).hasMessageContaining("mismatch");
    }
}
