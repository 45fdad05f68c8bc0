package dev.banksync.core.category;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class CategoryTest {

    @Test
    void hasTheSixteenPfcPrimaries() {
        assertThat(Category.values()).hasSize(16);
    }

    @Test
    void findsThePrimaryOfADetailedCategoryByLongestPrefix() {
        assertThat(Category.primaryOf("FOOD_AND_DRINK_COFFEE")).isEqualTo(Category.FOOD_AND_DRINK);
        assertThat(Category.primaryOf("TRANSFER_IN_DEPOSIT")).isEqualTo(Category.TRANSFER_IN);
        assertThat(Category.primaryOf("rent_and_utilities")).isEqualTo(Category.RENT_AND_UTILITIES);
        assertThatThrownBy(() -> Category.primaryOf("SHOPPING")).hasMessageContaining("SHOPPING");
        assertThatThrownBy(() -> Category.parse("FOOD")).hasMessageContaining("FOOD");
    }
}
