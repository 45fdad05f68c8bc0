package dev.banksync.api.budgets;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class BudgetStatusTest {

    @Test
    void listsEachFiredThresholdOnceInRisingOrder() {
        assertThat(BudgetStatus.crossedThresholds(false, false)).isEmpty();
        assertThat(BudgetStatus.crossedThresholds(true, false)).containsExactly(80);
        assertThat(BudgetStatus.crossedThresholds(true, true)).containsExactly(80, 100);
        // a month that jumped straight past 100 % without the 80 % alert still says only what fired
        assertThat(BudgetStatus.crossedThresholds(false, true)).containsExactly(100);
    }
}
