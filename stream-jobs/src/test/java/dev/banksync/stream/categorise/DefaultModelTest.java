package dev.banksync.stream.categorise;

import static dev.banksync.stream.TestEvents.txn;
import static org.assertj.core.api.Assertions.assertThat;

import dev.banksync.core.category.Category;
import dev.banksync.ml.categorise.Prediction;
import org.junit.jupiter.api.Test;

/** The job's default categoriser is ml-models' shipped model, reached through a serializable factory. */
class DefaultModelTest {

    @Test
    void theShippedModelCategorisesAStatementLineWithItsVersionAndMerchant() throws Exception {
        var categoriser = CategoriserFactory.defaultModel().create();

        Prediction prediction = categoriser.predict(CategoryDecider.inputOf(
                txn("u1", "t1").description("SQ *BLUE BOTTLE #123 SAN FRANCISCO CA").amount(-575, "USD").posted()));

        assertThat(prediction.category()).isEqualTo(Category.FOOD_AND_DRINK.name());
        assertThat(prediction.modelVersion()).isEqualTo(categoriser.version()).isNotBlank();
        assertThat(prediction.merchant()).isEqualTo("Blue Bottle");
    }

    @Test
    void userRulesStillComeBeforeTheModel() throws Exception {
        CategoryDecider decider = new CategoryDecider(CategoriserFactory.defaultModel().create(),
                new MerchantNormaliser());

        CategorisedTransaction decision = decider.decide(
                txn("u1", "t1").description("SQ *BLUE BOTTLE #123").amount(-575, "USD").posted(),
                UserCategoryConfig.EMPTY, MerchantMemory.of(new java.util.HashMap<>()));

        assertThat(decision.decidedBy()).isEqualTo(DecidedBy.MODEL);
        assertThat(decision.modelVersion()).isNotEqualTo(BaselineCategoriser.VERSION);
    }
}
