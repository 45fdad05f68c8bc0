package dev.banksync.ml.corpus;

import dev.banksync.core.category.Category;
import dev.banksync.ml.corpus.independent.IndependentCorpusGenerator;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

class CorpusGeneratorTest {

    private static final Set<String> PRIMARIES = Arrays.stream(Category.values()).map(Enum::name)
            .collect(Collectors.toSet());

    @Test
    void sameSeedGivesTheSameCorpusAndAnotherSeedAnother() {
        CorpusGenerator generator = new CorpusGenerator();
        CorpusGenerator.Corpus one = generator.generate(2_000, 42);
        CorpusGenerator.Corpus again = new CorpusGenerator().generate(2_000, 42);
        CorpusGenerator.Corpus other = generator.generate(2_000, 43);

        assertThat(again).isEqualTo(one);
        assertThat(other.train()).isNotEqualTo(one.train());
    }

    @Test
    void coversEveryPrimaryEveryRegionsCurrencyAndHoldsOutAboutAFifth() {
        CorpusGenerator.Corpus corpus = new CorpusGenerator().generate(6_000, 7);
        List<LabelledTransaction> all = new java.util.ArrayList<>(corpus.train());
        all.addAll(corpus.heldOut());

        assertThat(all).hasSize(6_000);
        assertThat(categories(corpus.train())).isEqualTo(PRIMARIES);
        assertThat(categories(corpus.heldOut())).isEqualTo(PRIMARIES);
        assertThat(all.stream().map(LabelledTransaction::currency).collect(Collectors.toSet()))
                .containsExactlyInAnyOrder("USD", "GBP", "EUR", "INR");
        assertThat((double) corpus.heldOut().size() / all.size()).isBetween(0.12, 0.30);
        assertThat(all).allSatisfy(row -> assertThat(row.description()).isNotBlank());
    }

    @Test
    void coversTheStatementStylesTheIssueNames() {
        List<LabelledTransaction> rows = new CorpusGenerator().generate(6_000, 11).train();
        Set<String> kinds = rows.stream().map(r -> r.style().substring(r.style().lastIndexOf('/') + 1))
                .collect(Collectors.toSet());

        assertThat(kinds).contains("CARD", "ONLINE", "DD", "SO", "XFER_OUT", "XFER_IN", "UPI_M", "UPI_OUT", "ATM",
                "SALARY", "REFUND", "FEE", "INTEREST");
        assertThat(rows).anySatisfy(r -> assertThat(r.description()).containsIgnoringCase("SEPA"));
        assertThat(rows).anySatisfy(r -> assertThat(r.description()).containsIgnoringCase("IMPS"));
        assertThat(rows).anySatisfy(r -> assertThat(r.description()).containsIgnoringCase("NEFT"));
    }

    @Test
    void refundsComeBackAsMoneyInUnderTheMerchantsCategory() {
        List<LabelledTransaction> refunds = new CorpusGenerator().generate(8_000, 5).train().stream()
                .filter(r -> r.style().endsWith("/REFUND")).toList();

        assertThat(refunds).isNotEmpty().allSatisfy(r -> {
            assertThat(r.amountMinor()).isPositive();
            assertThat(r.category()).isNotIn("INCOME", "TRANSFER_IN");
        });
    }

    @Test
    void independentGeneratorIsSeededAndCoversEveryPrimary() {
        List<LabelledTransaction> one = new IndependentCorpusGenerator().generate(3_000, 3);

        assertThat(new IndependentCorpusGenerator().generate(3_000, 3)).isEqualTo(one);
        assertThat(categories(one)).isEqualTo(PRIMARIES);
        assertThat(one).allSatisfy(r -> assertThat(r.style()).startsWith("B/"));
    }

    private static Set<String> categories(List<LabelledTransaction> rows) {
        return rows.stream().map(LabelledTransaction::category).collect(Collectors.toCollection(HashSet::new));
    }
}
