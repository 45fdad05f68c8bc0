package dev.banksync.ml.anomaly;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AnomalyFeaturesTest {

    private static final LocalDate MONDAY = LocalDate.of(2026, 3, 2);

    private final PaymentHistory history = new PaymentHistory();

    private static Payment coffee(String id, int day, long amountMinor, String merchant) {
        return new Payment(id, MONDAY.plusDays(day), amountMinor, "USD", null, "FOOD_AND_DRINK", merchant);
    }

    private void tenUsualCoffees() {
        for (int day = 0; day < 10; day++) {
            history.add(coffee("c" + day, day, -400 - day * 10, "BLUE BOTTLE"));
        }
    }

    @Test
    void anOrdinaryPaymentLooksOrdinary() {
        tenUsualCoffees();
        double[] f = AnomalyFeatures.of(coffee("next", 12, -450, "BLUE BOTTLE"), history);

        assertThat(f).hasSize(AnomalyFeatures.NAMES.size());
        assertThat(Math.abs(f[AnomalyFeatures.CATEGORY_Z])).isLessThan(2);
        assertThat(f[AnomalyFeatures.CATEGORY_HIGH]).isLessThanOrEqualTo(0.1);
        assertThat(f[AnomalyFeatures.NEW_MERCHANT]).isZero();
        assertThat(f[AnomalyFeatures.SAME_CHARGE]).isZero();
        assertThat(f[AnomalyFeatures.FOREIGN]).isZero();
        assertThat(f[AnomalyFeatures.NEW_CURRENCY]).isZero();
    }

    @Test
    void aHundredTimesTheUsualAmountStandsOutAgainstTheCategoryAndAllSpending() {
        tenUsualCoffees();
        double[] f = AnomalyFeatures.of(coffee("big", 12, -45_000, "BLUE BOTTLE"), history);

        assertThat(f[AnomalyFeatures.CATEGORY_Z]).isGreaterThan(6);
        assertThat(f[AnomalyFeatures.CATEGORY_HIGH]).isGreaterThan(Math.log(50));
        assertThat(f[AnomalyFeatures.SPENDING_HIGH]).isGreaterThan(Math.log(50));
        assertThat(f[AnomalyFeatures.MERCHANT_LAST]).isGreaterThan(Math.log(50));
    }

    @Test
    void tooShortAHistoryIsNotComparedWith() {
        history.add(coffee("c0", 0, -400, "BLUE BOTTLE"));
        double[] f = AnomalyFeatures.of(coffee("big", 1, -45_000, "BLUE BOTTLE"), history);

        assertThat(f[AnomalyFeatures.CATEGORY_Z]).isZero();
        assertThat(f[AnomalyFeatures.SPENDING_HIGH]).isZero();
    }

    @Test
    void aNewMerchantAndTheSameChargeAgainAreFlagged() {
        tenUsualCoffees();
        assertThat(AnomalyFeatures.of(coffee("n", 12, -400, "ESPRESSO BAR"), history)[AnomalyFeatures.NEW_MERCHANT])
                .isEqualTo(1);
        assertThat(AnomalyFeatures.of(coffee("n", 12, -400, ""), history)[AnomalyFeatures.NEW_MERCHANT])
                .as("a line naming no merchant is not a new merchant").isZero();

        history.add(coffee("first", 12, -733, "BLUE BOTTLE"));
        assertThat(AnomalyFeatures.of(coffee("again", 14, -733, "BLUE BOTTLE"), history)[AnomalyFeatures.SAME_CHARGE])
                .isEqualTo(1);
        assertThat(AnomalyFeatures.of(coffee("later", 16, -733, "BLUE BOTTLE"), history)[AnomalyFeatures.SAME_CHARGE])
                .as("four days later is another purchase").isZero();
    }

    @Test
    void moneySpentInAnotherCurrencyIsForeignAndTheFirstTimeNew() {
        tenUsualCoffees();
        Payment abroad = new Payment("abroad", MONDAY.plusDays(12), -2_000, "USD", "EUR", "FOOD_AND_DRINK", "CAFE");
        double[] f = AnomalyFeatures.of(abroad, history);

        assertThat(f[AnomalyFeatures.FOREIGN]).isEqualTo(1);
        assertThat(f[AnomalyFeatures.NEW_CURRENCY]).isEqualTo(1);
        history.add(abroad);
        assertThat(AnomalyFeatures.of(abroad, history)[AnomalyFeatures.NEW_CURRENCY]).isZero();
    }

    @Test
    void onlyMoneyOutIsScored() {
        Payment salary = new Payment("pay", MONDAY, 250_000, "USD", null, "INCOME", "ACME");
        assertThatThrownBy(() -> AnomalyFeatures.of(salary, history))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("pay");
    }
}
