package dev.banksync.stream.categorise;

import static dev.banksync.stream.TestEvents.txn;
import static org.assertj.core.api.Assertions.assertThat;

import dev.banksync.core.event.TransactionEvent;
import dev.banksync.stream.reference.OverrideRow;
import dev.banksync.stream.reference.ReferenceData;
import dev.banksync.stream.reference.RuleRow;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CategoryDeciderTest {

    private final MerchantNormaliser normaliser = new MerchantNormaliser();
    private final CategoryDecider decider = new CategoryDecider(new BaselineCategoriser(), normaliser);
    /** User u1's merchant memory, as the stream learns it from correction events. */
    private final Map<String, RememberedCategory> remembered = new HashMap<>();
    private final MerchantMemory memory = MerchantMemory.of(remembered);

    private static final TransactionEvent COFFEE =
            txn("u1", "t1").description("SQ *BLUE BOTTLE #123 SAN FRANCISCO CA").amount(-575, "USD").mcc("5814")
                    .posted();

    private UserCategoryConfig config(List<RuleRow> rules, List<OverrideRow> overrides) {
        return new UserCategoryConfig(new ReferenceData(rules, overrides, List.of(), 1), normaliser);
    }

    private static RuleRow rule(long id, String userId, String field, String kind, String pattern, String category) {
        return new RuleRow(id, userId, 100, field, kind, pattern, null, null, category);
    }

    @Test
    void withoutConfigurationTheModelDecidesWithItsVersionAndTheMerchantIsNormalised() throws Exception {
        CategorisedTransaction decision = decider.decide(COFFEE, UserCategoryConfig.EMPTY, memory);

        assertThat(decision.category()).isEqualTo("FOOD_AND_DRINK");
        assertThat(decision.decidedBy()).isEqualTo(DecidedBy.MODEL);
        assertThat(decision.modelVersion()).isEqualTo(BaselineCategoriser.VERSION);
        assertThat(decision.merchant()).isEqualTo("Blue Bottle");
        assertThat(decision.merchantKey()).isEqualTo("BLUE BOTTLE");
    }

    @Test
    void nothingToGoOnIsUncategorisedByDefault() throws Exception {
        CategorisedTransaction decision = decider.decide(
                txn("u1", "t1").description("XYZ 0001").amount(-100, "EUR").posted(), UserCategoryConfig.EMPTY, memory);

        assertThat(decision.category()).isEqualTo("UNCATEGORIZED");
        assertThat(decision.decidedBy()).isEqualTo(DecidedBy.DEFAULT);
        assertThat(decision.uncertain()).isTrue();
    }

    @Test
    void aGlobalRuleBeatsTheModelAndAUserRuleBeatsAGlobalOne() throws Exception {
        RuleRow global = rule(1, null, "MERCHANT", "CONTAINS", "blue bottle", "ENTERTAINMENT");
        RuleRow mine = rule(2, "u1", "DESCRIPTION", "REGEX", "^SQ \\*BLUE", "PERSONAL_CARE");

        assertThat(decider.decide(COFFEE, config(List.of(global), List.of()), memory))
                .extracting(CategorisedTransaction::category, CategorisedTransaction::decidedBy)
                .containsExactly("ENTERTAINMENT", DecidedBy.RULE);
        assertThat(decider.decide(COFFEE, config(List.of(global, mine), List.of()), memory))
                .extracting(CategorisedTransaction::category, CategorisedTransaction::decidedBy,
                        CategorisedTransaction::confidence)
                .containsExactly("PERSONAL_CARE", DecidedBy.RULE, 1.0);
    }

    @Test
    void anotherUsersRuleDoesNotApply() throws Exception {
        RuleRow theirs = rule(2, "u2", "MCC", "EQUALS", "5814", "PERSONAL_CARE");

        assertThat(decider.decide(COFFEE, config(List.of(theirs), List.of()), memory).decidedBy())
                .isEqualTo(DecidedBy.MODEL);
    }

    @Test
    void amountBoundsApplyToTheMagnitude() throws Exception {
        RuleRow small = new RuleRow(3, "u1", 100, "MCC", "EQUALS", "5814", 0L, 500L, "PERSONAL_CARE");
        RuleRow medium = new RuleRow(4, "u1", 100, "MCC", "EQUALS", "5814", 501L, 1000L, "ENTERTAINMENT");

        assertThat(decider.decide(COFFEE, config(List.of(small, medium), List.of()), memory).category())
                .isEqualTo("ENTERTAINMENT");
    }

    @Test
    void aCorrectionWinsForItsTransactionAndIsRememberedForTheMerchantButOnlyForThatUser() throws Exception {
        OverrideRow correction = new OverrideRow("u1", "t0", "ENTERTAINMENT", "SQ *BLUE BOTTLE #987 OAKLAND CA", 5);
        UserCategoryConfig config = config(List.of(), List.of(correction));

        CategorisedTransaction corrected = decider.decide(
                txn("u1", "t0").description("SQ *BLUE BOTTLE #987 OAKLAND CA").amount(-400, "USD").posted(), config, memory);
        CategorisedTransaction next = decider.decide(COFFEE, config, memory);
        CategorisedTransaction otherUser = decider.decide(
                txn("u2", "t9").description("SQ *BLUE BOTTLE #123 SAN FRANCISCO CA").amount(-575, "USD").mcc("5814")
                        .posted(), config, memory);

        assertThat(corrected.decidedBy()).isEqualTo(DecidedBy.USER);
        assertThat(next).extracting(CategorisedTransaction::category, CategorisedTransaction::decidedBy)
                .containsExactly("ENTERTAINMENT", DecidedBy.USER);
        assertThat(otherUser.decidedBy()).isEqualTo(DecidedBy.MODEL);
    }

    @Test
    void aCorrectionCarriedByItsEventWinsBeforeThePollKnowsIt() throws Exception {
        CategorisedTransaction decision = decider.decide(
                txn("u1", "t1").version(2).description("SQ *BLUE BOTTLE #123 SAN FRANCISCO CA").amount(-575, "USD")
                        .mcc("5814").correctedTo("GENERAL_MERCHANDISE").posted(), UserCategoryConfig.EMPTY, memory);

        assertThat(decision).extracting(CategorisedTransaction::category, CategorisedTransaction::decidedBy,
                CategorisedTransaction::confidence).containsExactly("GENERAL_MERCHANDISE", DecidedBy.USER, 1.0);
    }

    @Test
    void aCorrectionEventIsRememberedAtOnceForTheUsersNextTransactionFromTheMerchant() throws Exception {
        decider.decide(txn("u1", "t0").version(2).description("SQ *BLUE BOTTLE #987 OAKLAND CA").amount(-400, "USD")
                .emittedAt("2026-03-20T10:00:00Z").correctedTo("ENTERTAINMENT").posted(), UserCategoryConfig.EMPTY,
                memory);

        assertThat(remembered).containsExactly(
                Map.entry("BLUE BOTTLE", new RememberedCategory("ENTERTAINMENT", 1_774_000_800_000L)));
        assertThat(decider.decide(COFFEE, UserCategoryConfig.EMPTY, memory))
                .extracting(CategorisedTransaction::category, CategorisedTransaction::decidedBy,
                        CategorisedTransaction::confidence)
                .containsExactly("ENTERTAINMENT", DecidedBy.USER, 1.0);
    }

    @Test
    void ofTheLearntAndThePolledMemoryOfAMerchantTheLaterCorrectionWins() throws Exception {
        List<OverrideRow> polled = List.of(new OverrideRow("u1", "t5", "GENERAL_SERVICES", "BLUE BOTTLE", 2_000));

        remembered.put("BLUE BOTTLE", new RememberedCategory("ENTERTAINMENT", 1_000));
        assertThat(decider.decide(COFFEE, config(List.of(), polled), memory).category())
                .as("the ledger's correction is the later one").isEqualTo("GENERAL_SERVICES");
        remembered.put("BLUE BOTTLE", new RememberedCategory("ENTERTAINMENT", 3_000));
        assertThat(decider.decide(COFFEE, config(List.of(), polled), memory).category())
                .as("the event's correction is the later one").isEqualTo("ENTERTAINMENT");
    }

    @Test
    void aCorrectionOfATransactionWithoutAKnownMerchantIsNotRemembered() throws Exception {
        decider.decide(txn("u1", "t0").version(2).description("").amount(-400, "USD").correctedTo("ENTERTAINMENT")
                .posted(), UserCategoryConfig.EMPTY, memory);

        assertThat(remembered).isEmpty();
    }

    @Test
    void theLatestCorrectionOfAMerchantWinsAndAUserRuleStillBeatsTheMemory() throws Exception {
        List<OverrideRow> corrections = List.of(
                new OverrideRow("u1", "t0", "ENTERTAINMENT", "BLUE BOTTLE", 1),
                new OverrideRow("u1", "t5", "GENERAL_SERVICES", "BLUE BOTTLE", 2));
        RuleRow mine = rule(2, "u1", "MCC", "EQUALS", "5814", "PERSONAL_CARE");

        assertThat(decider.decide(COFFEE, config(List.of(), corrections), memory).category())
                .isEqualTo("GENERAL_SERVICES");
        assertThat(decider.decide(COFFEE, config(List.of(mine), corrections), memory).category())
                .isEqualTo("PERSONAL_CARE");
    }

    @Test
    void theDetailedCategoryIsGivenWhereTheDataSupportsOne() throws Exception {
        assertThat(decider.decide(COFFEE, UserCategoryConfig.EMPTY, memory).detailedCategory())
                .as("a known coffee chain, decided FOOD_AND_DRINK").isEqualTo("FOOD_AND_DRINK_COFFEE");
        assertThat(decider.decide(txn("u1", "t1").version(2).description("SQ *BLUE BOTTLE #123 SAN FRANCISCO CA")
                .amount(-575, "USD").correctedTo("ENTERTAINMENT").posted(), UserCategoryConfig.EMPTY, memory)
                .detailedCategory()).as("corrected to another primary: the merchant's detail does not apply").isNull();
        assertThat(decider.decide(txn("u1", "t2").version(2).description("CORNER SHOP 12").amount(-575, "USD")
                .correctedTo("FOOD_AND_DRINK_GROCERIES").posted(), UserCategoryConfig.EMPTY, memory))
                .extracting(CategorisedTransaction::category, CategorisedTransaction::detailedCategory)
                .as("a detailed correction is its own detail")
                .containsExactly("FOOD_AND_DRINK_GROCERIES", "FOOD_AND_DRINK_GROCERIES");
        assertThat(decider.decide(txn("u1", "t3").description("XYZ 0001").amount(-100, "EUR").posted(),
                UserCategoryConfig.EMPTY, memory).detailedCategory()).as("nothing known").isNull();
    }

    @Test
    void aRuleWithABadRegularExpressionIsSkippedNotFatal() throws Exception {
        RuleRow broken = rule(7, "u1", "DESCRIPTION", "REGEX", "([unclosed", "PERSONAL_CARE");
        RuleRow fine = rule(8, "u1", "DESCRIPTION", "CONTAINS", "bottle", "ENTERTAINMENT");

        assertThat(decider.decide(COFFEE, config(List.of(broken, fine), List.of()), memory).category())
                .isEqualTo("ENTERTAINMENT");
    }

    @Test
    void aRemovalCarriesNoCategory() throws Exception {
        CategorisedTransaction decision =
                decider.decide(txn("u1", "t1").version(2).removed(), UserCategoryConfig.EMPTY, memory);

        assertThat(decision.isRemoval()).isTrue();
        assertThat(decision.category()).isNull();
    }
}
