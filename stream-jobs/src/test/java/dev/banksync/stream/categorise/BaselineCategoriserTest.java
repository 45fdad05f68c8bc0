package dev.banksync.stream.categorise;

import static org.assertj.core.api.Assertions.assertThat;

import dev.banksync.core.category.Category;
import dev.banksync.ml.categorise.CategoriserInput;
import dev.banksync.ml.categorise.Prediction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class BaselineCategoriserTest {

    private final BaselineCategoriser categoriser = new BaselineCategoriser();

    @ParameterizedTest(name = "MCC {0} -> {1}")
    @CsvSource({
            "5411, FOOD_AND_DRINK",       // grocery stores
            "5814, FOOD_AND_DRINK",       // fast food
            "4111, TRANSPORTATION",       // commuter transport
            "5541, TRANSPORTATION",       // fuel
            "3058, TRAVEL",               // an airline
            "7011, TRAVEL",               // hotels
            "4900, RENT_AND_UTILITIES",
            "5912, MEDICAL",              // pharmacies
            "6011, TRANSFER_OUT",         // ATM
            "5732, GENERAL_MERCHANDISE",  // electronics, inside the broad retail range
            "5816, ENTERTAINMENT"})       // digital games, inside the same range but more specific
    void theMerchantCategoryCodeDecidesByGroup(String mcc, String expected) {
        Prediction p = categoriser.predict(new CategoriserInput("POS 1234 SOMETHING", -1000, "EUR", mcc, null));

        assertThat(p.category()).isEqualTo(expected);
        assertThat(p.uncertain()).isFalse();
        assertThat(p.modelVersion()).isEqualTo(BaselineCategoriser.VERSION);
    }

    @ParameterizedTest(name = "\"{0}\" {1} -> {2}")
    @CsvSource({
            "ACME LTD SALARY MARCH, 250000, INCOME",
            "MONTHLY ACCOUNT FEE, -500, BANK_FEES",
            "STANDING ORDER RENT FLAT 2, -95000, RENT_AND_UTILITIES",
            "Transfer to savings, -10000, TRANSFER_OUT",
            "Transfer from J SMITH, 10000, TRANSFER_IN",
            "NEFT CR HDFC0001 RAVI, 500000, TRANSFER_IN",
            "CREDIT INTEREST, 120, INCOME",
            "MORTGAGE PAYMENT, -120000, LOAN_PAYMENTS"})
    void wholeWordKeywordsDecideWhenThereIsNoMcc(String description, long amount, String expected) {
        assertThat(categoriser.predict(CategoriserInput.of(description, amount, "GBP")).category()).isEqualTo(expected);
    }

    @Test
    void keywordsMatchWholeWordsOnly() {
        // "CURRENT" contains RENT, "PARENTS" too: neither is rent.
        Prediction p = categoriser.predict(CategoriserInput.of("GIFT FOR PARENTS CURRENT", -2000, "EUR"));

        assertThat(p.category()).isEqualTo(Category.UNCATEGORISED);
    }

    @Test
    void whatNoRuleKnowsIsExplicitlyUncategorisedAndUncertain() {
        Prediction p = categoriser.predict(new CategoriserInput("XYZ 99812", -1500, "EUR", "0000", null));

        assertThat(p.category()).isEqualTo("UNCATEGORIZED");
        assertThat(p.uncertain()).isTrue();
        assertThat(p.confidence()).isZero();
    }

    @Test
    void aSalaryKeywordOnMoneyOutIsNotIncome() {
        assertThat(categoriser.predict(CategoriserInput.of("SALARY ADVANCE REPAYMENT", -5000, "EUR")).category())
                .isNotEqualTo("INCOME");
    }
}
