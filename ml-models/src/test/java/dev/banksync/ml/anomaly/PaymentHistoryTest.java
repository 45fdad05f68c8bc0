package dev.banksync.ml.anomaly;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

class PaymentHistoryTest {

    private static final LocalDate START = LocalDate.of(2026, 1, 1);

    private static Payment grocery(int day, long amountMinor) {
        return new Payment("g" + day, START.plusDays(day), amountMinor, "EUR", null, "FOOD_AND_DRINK", "LIDL");
    }

    @Test
    void keepsABoundedNumberOfAmountsPerCategoryAndOnlyRecentPayments() {
        PaymentHistory history = new PaymentHistory();
        for (int day = 0; day < 300; day++) {
            history.add(grocery(day, -1_000 - day));
        }

        assertThat(history.paidInCategory(grocery(300, -1))).hasSize(PaymentHistory.AMOUNTS_KEPT)
                .contains(1_299L).doesNotContain(1_000L);
        assertThat(history.recent()).allMatch(r -> r.epochDay() >= START.plusDays(299 - PaymentHistory.RECENT_DAYS)
                .toEpochDay());
        assertThat(history.transactions()).isEqualTo(300);
    }

    @Test
    void moneyInCountsTowardsTheCurrenciesButNotTheAmounts() {
        PaymentHistory history = new PaymentHistory();
        history.add(new Payment("salary", START, 300_000, "EUR", null, "INCOME", "ACME"));
        history.add(grocery(1, -2_000));
        history.add(new Payment("trip", START.plusDays(2), -5_000, "EUR", "USD", "TRAVEL", "HERTZ"));

        assertThat(history.paidInCurrency("EUR")).containsExactly(2_000L, 5_000L);
        assertThat(history.homeCurrency()).isEqualTo("EUR");
        assertThat(history.timesSpentIn("USD")).isEqualTo(1);
        assertThat(history.lastVisit("ACME")).as("income is not a payment to a merchant").isNull();
        assertThat(history.lastVisit("LIDL").lastPaid()).isEqualTo(2_000L);
    }

    @Test
    void aLateArrivingOlderPaymentDoesNotReplaceTheLatestVisit() {
        PaymentHistory history = new PaymentHistory();
        history.add(grocery(10, -3_000));
        history.add(grocery(5, -1_000));

        assertThat(history.lastVisit("LIDL").lastPaid()).isEqualTo(3_000L);
    }
}
