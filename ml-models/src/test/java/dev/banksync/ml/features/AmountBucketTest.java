package dev.banksync.ml.features;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class AmountBucketTest {

    @Test
    void bucketsGrowWithSizeAndIgnoreDirection() {
        assertThat(AmountBucket.of(-50, "USD")).isZero();
        assertThat(AmountBucket.of(-575, "USD")).isLessThan(AmountBucket.of(-12_000, "USD"));
        assertThat(AmountBucket.of(-12_000, "USD")).isEqualTo(AmountBucket.of(12_000, "USD"));
        assertThat(AmountBucket.of(Long.MAX_VALUE, "USD")).isEqualTo(AmountBucket.MAX_BUCKET);
    }

    @Test
    void currenciesArePutOnOneRoughScale() {
        // a 1 000 rupee and a 12 dollar purchase are the same size of thing; 1 000 dollars is not
        assertThat(AmountBucket.of(-100_000, "INR")).isEqualTo(AmountBucket.of(-1_200, "USD"));
        assertThat(AmountBucket.of(-100_000, "USD")).isGreaterThan(AmountBucket.of(-100_000, "INR"));
        assertThat(AmountBucket.of(-1_000, "JPY")).isGreaterThan(AmountBucket.of(-1_000, "USD"));
    }

    @Test
    void roundnessTellsWholeTensFromWholeUnitsFromCents() {
        assertThat(AmountBucket.roundness(-120_000, "GBP")).isEqualTo(2);
        assertThat(AmountBucket.roundness(-1_500, "GBP")).isEqualTo(1);
        assertThat(AmountBucket.roundness(-1_599, "GBP")).isZero();
        assertThat(AmountBucket.roundness(-500, "JPY")).isEqualTo(2);
    }
}
